import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  IncidentDetails,
  WorkspaceStep,
} from '@incident-response/backstage-plugin-incidents-common';
import { incidentsTranslationRef } from '../../../translation';
import { ExternalLink } from '../../shared';
import { RetryFailedSteps } from './RetryFailedSteps';
import { WorkspaceStepItem } from './WorkspaceStepItem';
import { WORKSPACE_SETUP_DOCS_URL } from '../workspaceSetUpDocs';
import {
  CONFIGURATION_SKIP_CAUSES,
  isFollowUp,
  isWorkspaceNotSetUp,
  skipCause,
} from '../workspaceSteps';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  group: { '& + &': { marginTop: theme.spacing(2) } },
  setUp: { marginTop: theme.spacing(2) },
  actions: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: theme.spacing(1),
    marginTop: theme.spacing(2),
    '&:empty': { display: 'none' },
  },
}));

function StepGroup(props: {
  /** One panel per page: a fixed id is unique. */
  titleId: string;
  title: string;
  steps: WorkspaceStep[];
  incident: IncidentDetails;
}) {
  const classes = useStyles();
  const { titleId } = props;
  if (props.steps.length === 0) {
    return null;
  }
  return (
    <section className={classes.group} aria-labelledby={titleId}>
      <Typography variant="subtitle2" component="h3" id={titleId}>
        {props.title}
      </Typography>
      <ol className={classes.list} aria-labelledby={titleId}>
        {props.steps.map(step => (
          <WorkspaceStepItem
            key={step.key}
            step={step}
            steps={props.incident.steps}
            mode={props.incident.mode}
          />
        ))}
      </ol>
    </section>
  );
}

/** @public */
export type WorkspacePanelProps = {
  incident: IncidentDetails;
  /** The incident after a retry was queued. */
  onChanged(incident: IncidentDetails): void;
};

/**
 * The incident's Slack and Google Workspace steps as they happen: those of the declare
 * (channel, Meet, postmortem doc and its details, first message and late links, tracking
 * sheet, invitations, announcement), then the follow-ups of status and role changes.
 * Each says where it stands in words and with an icon; "Retry failed steps" for people
 * allowed to. It follows the page's live reloads. Nothing when neither Slack nor Google
 * Workspace is configured: {@link WorkspaceQuickLinks} says so in one line.
 *
 * @public
 */
export function WorkspacePanel(props: WorkspacePanelProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { incident } = props;
  const { steps } = incident;

  if (isWorkspaceNotSetUp(steps)) {
    return null;
  }
  const notConfigured = steps.some(step => {
    const cause = step.status === 'skipped' && skipCause(step);
    return !!cause && CONFIGURATION_SKIP_CAUSES.includes(cause);
  });

  return (
    <InfoCard title={t('workspace.title')} subheader={t('workspace.subheader')}>
      <section aria-label={t('workspace.title')}>
        {steps.length === 0 ? (
          <Typography variant="body2">{t('workspace.empty')}</Typography>
        ) : (
          <>
            <StepGroup
              titleId="workspace-steps-declare"
              title={t('workspace.declareSteps')}
              steps={steps.filter(step => !isFollowUp(step))}
              incident={incident}
            />
            <StepGroup
              titleId="workspace-steps-follow-ups"
              title={t('workspace.followUps')}
              steps={steps.filter(isFollowUp)}
              incident={incident}
            />
          </>
        )}
        {notConfigured && (
          <Typography variant="body2" className={classes.setUp}>
            {t('workspace.skipped.setUpNote')}{' '}
            <ExternalLink href={WORKSPACE_SETUP_DOCS_URL}>
              {t('workspace.skipped.setUpLink')}
            </ExternalLink>
          </Typography>
        )}
        <div className={classes.actions}>
          <RetryFailedSteps incident={incident} onRetried={props.onChanged} />
        </div>
      </section>
    </InfoCard>
  );
}
