import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import AutorenewIcon from '@material-ui/icons/Autorenew';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import ErrorIcon from '@material-ui/icons/Error';
import HourglassEmptyIcon from '@material-ui/icons/HourglassEmpty';
import RemoveCircleOutlineIcon from '@material-ui/icons/RemoveCircleOutline';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import {
  IncidentMode,
  WorkspaceStep,
  WorkspaceStepStatus,
} from '@incident-response/backstage-plugin-incidents-common';
import { ReactNode } from 'react';
import { useLanguage, useNow } from '../../../hooks';
import { formatRelative, formatShortDateTime } from '../../../lib/dates';
import { incidentsTranslationRef } from '../../../translation';
import { ExternalLink } from '../../shared';
import { useWorkspaceStepText } from '../useWorkspaceStepText';
import {
  isFollowUp,
  resultText,
  skipCause,
  unfinishedDependencies,
} from '../workspaceSteps';

const STATUS_ICONS: Record<WorkspaceStepStatus, typeof CheckCircleIcon> = {
  pending: HourglassEmptyIcon,
  running: AutorenewIcon,
  succeeded: CheckCircleIcon,
  failed: ErrorIcon,
  skipped: RemoveCircleOutlineIcon,
};

const useStyles = makeStyles(theme => ({
  item: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: theme.spacing(0, 1),
    padding: theme.spacing(0.75, 0),
    '& + &': { borderTop: `1px solid ${theme.palette.divider}` },
  },
  icon: { marginTop: 2 },
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: theme.spacing(0, 1),
  },
  name: { fontWeight: theme.typography.fontWeightMedium as number },
  detail: { overflowWrap: 'anywhere' },
  pending: { color: theme.palette.text.secondary },
  running: { color: theme.palette.info.dark },
  succeeded: { color: theme.palette.success.dark },
  failed: { color: theme.palette.error.main },
  skipped: { color: theme.palette.text.secondary },
}));

function Detail(props: { children: ReactNode }) {
  const classes = useStyles();
  return (
    <Typography
      variant="body2"
      color="textSecondary"
      component="div"
      className={classes.detail}
    >
      {props.children}
    </Typography>
  );
}

/** When a pending step is tried again after a transient error, counting down live. */
function NextAttempt(props: { at: string }) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const language = useLanguage();
  const now = useNow(5_000);
  if (Date.parse(props.at) <= now.getTime()) {
    return <Detail>{t('workspace.pending.ready')}</Detail>;
  }
  return (
    <Detail>
      {t('workspace.pending.nextAttempt', {
        time: (
          <time dateTime={props.at}>
            {formatRelative(props.at, language, now)}
          </time>
        ),
      })}
    </Detail>
  );
}

function PendingDetails(props: {
  step: WorkspaceStep;
  steps: WorkspaceStep[];
}) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const text = useWorkspaceStepText();
  const { step } = props;
  const waitingFor = unfinishedDependencies(step, props.steps);
  const failed = waitingFor.filter(
    dependency => dependency.status === 'failed',
  );
  let waiting: ReactNode;
  if (step.nextAttemptAt) {
    waiting = <NextAttempt at={step.nextAttemptAt} />;
  } else if (failed.length > 0) {
    waiting = (
      <Detail>
        {t('workspace.pending.blockedBy', {
          steps: text.stepNames(failed.map(s => s.key)),
        })}
      </Detail>
    );
  } else if (waitingFor.length > 0) {
    waiting = (
      <Detail>
        {t('workspace.pending.waitingFor', {
          steps: text.stepNames(waitingFor.map(s => s.key)),
        })}
      </Detail>
    );
  } else {
    waiting = <Detail>{t('workspace.pending.ready')}</Detail>;
  }
  return (
    <>
      {waiting}
      {step.lastError && (
        <Detail>
          {t('workspace.pending.lastError', { error: step.lastError })}
        </Detail>
      )}
    </>
  );
}

function SucceededDetails(props: { step: WorkspaceStep }) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const text = useWorkspaceStepText();
  const { step } = props;
  const link = text.resultLink(step);
  const announcedIn =
    step.kind === 'slack.announce' ? resultText(step, 'channel') : undefined;
  const notFound =
    step.kind === 'slack.invite' && Array.isArray(step.result?.notFound)
      ? (step.result!.notFound as unknown[]).filter(
          (ref): ref is string => typeof ref === 'string',
        )
      : [];
  return (
    <>
      {link && (
        <Detail>
          <ExternalLink href={link.url}>{link.label}</ExternalLink>
        </Detail>
      )}
      {announcedIn && (
        <Detail>
          {t('workspace.succeeded.announcedIn', { channel: announcedIn })}
        </Detail>
      )}
      {notFound.length > 0 && (
        <Detail>
          {t('workspace.succeeded.noSlackAccount', {
            people: <EntityRefLinks entityRefs={notFound} defaultKind="user" />,
          })}
        </Detail>
      )}
    </>
  );
}

function SkippedDetails(props: { step: WorkspaceStep }) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const cause = skipCause(props.step);
  const reason = cause
    ? t(`workspace.skipped.${cause}`)
    : props.step.skipReason;
  return reason ? <Detail>{reason}</Detail> : null;
}

/** @public */
export type WorkspaceStepItemProps = {
  step: WorkspaceStep;
  /** Every step of the incident, to name the ones this one waits for. */
  steps: WorkspaceStep[];
  mode: IncidentMode;
};

/**
 * One workspace step: its name, its status in words and with an icon of its own, and
 * what goes with the status (what it waits for, the link it made, why it failed or was
 * skipped).
 */
export function WorkspaceStepItem(props: WorkspaceStepItemProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const language = useLanguage();
  const text = useWorkspaceStepText();
  const { step } = props;
  const Icon = STATUS_ICONS[step.status] ?? HourglassEmptyIcon;
  const statusClass = classes[step.status] ?? classes.pending;

  return (
    <li className={classes.item} data-step={step.key} data-status={step.status}>
      <Icon fontSize="small" className={`${classes.icon} ${statusClass}`} />
      <div>
        <div className={classes.heading}>
          <Typography variant="body2" component="span" className={classes.name}>
            {text.stepName(step.key)}
          </Typography>
          <Typography variant="body2" component="span" className={statusClass}>
            {t(`workspace.statuses.${step.status}`)}
          </Typography>
          {isFollowUp(step) && (
            <Typography variant="caption" color="textSecondary">
              {t('workspace.plannedAt', {
                time: (
                  <time dateTime={step.createdAt}>
                    {formatShortDateTime(step.createdAt, language, new Date())}
                  </time>
                ),
              })}
            </Typography>
          )}
        </div>
        {step.status === 'pending' && (
          <PendingDetails step={step} steps={props.steps} />
        )}
        {step.status === 'running' && step.attempts > 1 && (
          <Detail>
            {t('workspace.running.attempt', { attempt: String(step.attempts) })}
          </Detail>
        )}
        {step.status === 'succeeded' && <SucceededDetails step={step} />}
        {step.status === 'failed' && (
          <>
            {step.lastError && <Detail>{step.lastError}</Detail>}
            <Detail>
              {t('workspace.failed.attempts', { count: step.attempts })}
            </Detail>
          </>
        )}
        {step.status === 'skipped' && <SkippedDetails step={step} />}
      </div>
    </li>
  );
}
