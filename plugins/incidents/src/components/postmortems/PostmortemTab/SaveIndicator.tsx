import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { POSTMORTEM_SECTIONS } from '@incident-response/backstage-plugin-incidents-common';
import { ReactNode } from 'react';
import { incidentsTranslationRef } from '../../../translation';
import { usePostmortemPresentation } from '../../../hooks/usePostmortemPresentation';
import { PostmortemEditor } from './usePostmortemEditor';

/** An alert that needs the user: what happened, and the buttons that answer it. */
function AlertWithActions(props: {
  severity: 'warning' | 'error';
  title?: string;
  actions: Array<{ label: string; onClick(): void }>;
  children: ReactNode;
}) {
  return (
    <Alert
      severity={props.severity}
      role="alert"
      action={props.actions.map(action => (
        <Button
          key={action.label}
          color="inherit"
          size="small"
          onClick={action.onClick}
        >
          {action.label}
        </Button>
      ))}
    >
      {props.title && <AlertTitle>{props.title}</AlertTitle>}
      {props.children}
    </Alert>
  );
}

/** Where saving stands, announced politely to screen readers. */
export function SaveIndicator(props: { editor: PostmortemEditor }) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { sectionList, statusName } = usePostmortemPresentation();
  const { editor } = props;
  const { postmortem } = editor;
  switch (editor.saveState) {
    case 'conflict':
      return (
        <AlertWithActions
          severity="warning"
          title={t('postmortems.save.conflictTitle')}
          actions={[
            { label: t('postmortems.save.keepMine'), onClick: editor.keepMine },
            {
              label: t('postmortems.save.takeTheirs'),
              onClick: editor.takeTheirs,
            },
          ]}
        >
          {t('postmortems.save.conflict', {
            sections: sectionList(editor.conflicts),
          })}
        </AlertWithActions>
      );
    case 'failed':
      return (
        <AlertWithActions
          severity="error"
          actions={[
            { label: t('postmortems.save.retry'), onClick: editor.retry },
          ]}
        >
          {t('postmortems.save.failed', { message: editor.failure ?? '' })}
        </AlertWithActions>
      );
    case 'not-draft':
      return (
        <Alert severity="warning" role="alert">
          {t('postmortems.save.notDraft', {
            status: statusName(postmortem.status),
            sections: sectionList(
              POSTMORTEM_SECTIONS.filter(
                section =>
                  editor.text(section) !== postmortem.sections[section],
              ),
            ),
          })}
        </Alert>
      );
    default:
      return (
        <Typography variant="body2" color="textSecondary" role="status">
          {{
            saved:
              postmortem.updatedAt === null
                ? t('postmortems.save.prefilled')
                : t('postmortems.save.saved'),
            pending: t('postmortems.save.pending'),
            saving: t('postmortems.save.saving'),
          }[editor.saveState] ?? ''}
        </Typography>
      );
  }
}
