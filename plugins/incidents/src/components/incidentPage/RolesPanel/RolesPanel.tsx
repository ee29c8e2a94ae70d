import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import Alert from '@material-ui/lab/Alert';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  INCIDENT_LIMITS,
  INCIDENT_ROLES,
  IncidentDetails,
  IncidentRole,
  incidentUpdatePermission,
  roleHolder,
} from '@incident-response/backstage-plugin-incidents-common';
import { FormEvent, useRef, useState } from 'react';
import { incidentsApiRef } from '../../../api';
import {
  useIncidentPresentation,
  useLanguage,
  useErrorText,
} from '../../../hooks';
import { formatDateTime } from '../../../lib/dates';
import { FormProblems, useDescribeProblem } from '../../../lib/formProblems';
import { locateError } from '../../../lib/inputErrors';
import { incidentsTranslationRef } from '../../../translation';
import {
  CatalogEntityPicker,
  DialogSubmitActions,
  useConfirmChange,
} from '../../shared';

const useStyles = makeStyles(theme => ({
  roles: { listStyle: 'none', margin: 0, padding: 0 },
  role: {
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
    gap: theme.spacing(1),
    '&:last-child': { borderBottom: 'none' },
  },
  note: { whiteSpace: 'pre-wrap', marginTop: theme.spacing(0.5) },
  action: { whiteSpace: 'nowrap', flexShrink: 0 },
  history: { margin: 0, paddingLeft: theme.spacing(2) },
}));

type AssignField = 'userRef' | 'note';

/** @public */
export type RolesPanelProps = {
  incident: IncidentDetails;
  onChanged(incident: IncidentDetails): void;
};

/**
 * The seven response roles and who holds them. The incident commander holds every role
 * not delegated, and it says so. What a role does is told where it is assigned. A role is assigned or handed over with a catalog user
 * picker and a handoff note (current state, next steps, people involved).
 *
 * @public
 */
export function RolesPanel(props: RolesPanelProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const errorText = useErrorText();
  const api = useApi(incidentsApiRef);
  const presentation = useIncidentPresentation();
  const language = useLanguage();
  const describe = useDescribeProblem();
  const confirmChange = useConfirmChange();
  const { allowed } = usePermission({
    permission: incidentUpdatePermission,
    resourceRef: props.incident.id,
  });
  const { incident } = props;

  const [role, setRole] = useState<IncidentRole>();
  const [userRef, setUserRef] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<FormProblems<AssignField>>({});
  const [failure, setFailure] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);

  const open = (next: IncidentRole) => {
    setRole(next);
    setUserRef(null);
    setNote('');
    setProblems({});
    setFailure(undefined);
  };
  const close = () => setRole(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!role || inFlight.current) {
      return;
    }
    const found: FormProblems<AssignField> = {};
    if (!userRef) {
      found.userRef = { rule: 'required' };
    }
    if (note.length > INCIDENT_LIMITS.noteMaxLength) {
      found.note = { rule: 'too-long', max: INCIDENT_LIMITS.noteMaxLength };
    }
    setProblems(found);
    if (!userRef || found.note) {
      return;
    }
    inFlight.current = true;
    setSubmitting(true);
    setFailure(undefined);
    try {
      const changed = await api.assignRole(incident.id, role, {
        userRef,
        ...(note.trim() && { note: note.trim() }),
      });
      setRole(undefined);
      props.onChanged(changed);
      confirmChange(
        t('confirmations.role', { role: presentation.roleName(role) }),
      );
    } catch (error) {
      const field = locateError(error, ['userRef', 'note']);
      if (field) {
        setProblems({ [field]: { rule: 'server', message: errorText(error) } });
      } else {
        setFailure(t('rolesPanel.failed', { message: errorText(error) }));
      }
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  const dialogRoleHolder = role ? roleHolder(incident, role) : undefined;
  const dialogTitle = role
    ? t(
        dialogRoleHolder?.explicit
          ? 'rolesPanel.handOverTitle'
          : 'rolesPanel.assignTitle',
        { role: presentation.roleName(role) },
      )
    : '';

  return (
    <InfoCard title={t('rolesPanel.title')}>
      <ul className={classes.roles}>
        {INCIDENT_ROLES.map(id => {
          const holder = roleHolder(incident, id);
          const name = presentation.roleName(id);
          return (
            <li key={id} className={classes.role}>
              <div>
                <Typography variant="subtitle2" component="h4">
                  {name}
                </Typography>
                <Typography variant="body2" component="div">
                  {holder.userRef ? (
                    <EntityRefLink
                      entityRef={holder.userRef}
                      defaultKind="user"
                    />
                  ) : (
                    t('common.notSet')
                  )}
                  {!holder.explicit && id !== 'incident-commander' && (
                    <Typography
                      variant="caption"
                      color="textSecondary"
                      component="span"
                    >
                      {' '}
                      ({t('rolesPanel.asCommander')})
                    </Typography>
                  )}
                </Typography>
                {holder.assignment && (
                  <Typography variant="caption" color="textSecondary">
                    {t('rolesPanel.since', {
                      time: formatDateTime(
                        holder.assignment.assignedAt,
                        language,
                      ),
                    })}
                  </Typography>
                )}
                {holder.assignment?.note && (
                  <Typography variant="body2" className={classes.note}>
                    {t('common.labelled', {
                      label: <strong>{t('rolesPanel.handoffNote')}</strong>,
                      value: holder.assignment.note,
                    })}
                  </Typography>
                )}
              </div>
              {allowed && (
                <Button
                  size="small"
                  variant="outlined"
                  className={classes.action}
                  onClick={() => open(id)}
                  aria-label={`${
                    holder.explicit
                      ? t('rolesPanel.handOver')
                      : t('rolesPanel.assign')
                  }: ${name}`}
                  aria-haspopup="dialog"
                >
                  {holder.explicit
                    ? t('rolesPanel.handOver')
                    : t('rolesPanel.assign')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>

      {incident.roleHistory.length > 0 && (
        <Accordion elevation={0}>
          <AccordionSummary
            expandIcon={<ExpandMoreIcon />}
            aria-controls="role-history-content"
            id="role-history-header"
          >
            <Typography variant="subtitle2">
              {t('rolesPanel.history')}
            </Typography>
          </AccordionSummary>
          <AccordionDetails>
            <ul className={classes.history}>
              {incident.roleHistory.map(record => (
                <li
                  key={`${record.role}-${record.assignedAt}-${record.userRef}`}
                >
                  <Typography variant="body2">
                    {t('common.labelled', {
                      label: (
                        <strong>{presentation.roleName(record.role)}</strong>
                      ),
                      value: (
                        <EntityRefLink
                          entityRef={record.userRef}
                          defaultKind="user"
                        />
                      ),
                    })}
                    {', '}
                    {formatDateTime(record.assignedAt, language)} –{' '}
                    {record.endedAt
                      ? formatDateTime(record.endedAt, language)
                      : t('rolesPanel.historyCurrent')}
                  </Typography>
                  {record.note && (
                    <Typography variant="caption" className={classes.note}>
                      {t('common.labelled', {
                        label: t('rolesPanel.handoffNote'),
                        value: record.note,
                      })}
                    </Typography>
                  )}
                </li>
              ))}
            </ul>
          </AccordionDetails>
        </Accordion>
      )}

      {role && (
        <Dialog
          open
          onClose={submitting ? undefined : close}
          aria-labelledby="assign-role-title"
          fullWidth
          maxWidth="sm"
        >
          <form onSubmit={submit} noValidate>
            <DialogTitle id="assign-role-title">{dialogTitle}</DialogTitle>
            <DialogContent>
              <DialogContentText>
                {presentation.roleDescription(role)}
              </DialogContentText>
              {failure && (
                <Alert severity="error" role="alert">
                  {failure}
                </Alert>
              )}
              <CatalogEntityPicker
                id="assign-role-user"
                label={t('userPicker.label')}
                kinds={['user']}
                value={userRef}
                onChange={next => {
                  setUserRef(next);
                  setProblems(p => ({ ...p, userRef: undefined }));
                }}
                exclude={
                  dialogRoleHolder?.userRef ? [dialogRoleHolder.userRef] : []
                }
                noOptionsText={t('userPicker.noOptions')}
                loadingText={t('userPicker.loading')}
                error={!!problems.userRef}
                helperText={describe(problems.userRef, {
                  required: t('validation.userRequired'),
                })}
                required
              />
              <TextField
                id="assign-role-note"
                label={t('rolesPanel.noteLabel')}
                value={note}
                onChange={e => {
                  setNote(e.target.value);
                  setProblems(p => ({ ...p, note: undefined }));
                }}
                error={!!problems.note}
                helperText={describe(problems.note) ?? t('rolesPanel.noteHelp')}
                multiline
                minRows={4}
                fullWidth
                margin="normal"
                variant="outlined"
              />
            </DialogContent>
            <DialogSubmitActions
              onCancel={close}
              submitting={submitting}
              submitLabel={t('rolesPanel.submit')}
            />
          </form>
        </Dialog>
      )}
    </InfoCard>
  );
}
