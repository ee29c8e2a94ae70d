import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import AssignmentIndIcon from '@material-ui/icons/AssignmentInd';
import AutorenewIcon from '@material-ui/icons/Autorenew';
import BuildIcon from '@material-ui/icons/Build';
import CheckCircleOutlineIcon from '@material-ui/icons/CheckCircleOutline';
import ErrorOutlineIcon from '@material-ui/icons/ErrorOutline';
import ReplayIcon from '@material-ui/icons/Replay';
import StatusUpdateIcon from '@material-ui/icons/RecordVoiceOver';
import EditIcon from '@material-ui/icons/Edit';
import FlagIcon from '@material-ui/icons/Flag';
import GavelIcon from '@material-ui/icons/Gavel';
import NotesIcon from '@material-ui/icons/Notes';
import ScheduleIcon from '@material-ui/icons/Schedule';
import SettingsIcon from '@material-ui/icons/Settings';
import SwapHorizIcon from '@material-ui/icons/SwapHoriz';
import WarningIcon from '@material-ui/icons/Warning';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink, EntityRefLinks } from '@backstage/plugin-catalog-react';
import {
  INCIDENT_MILESTONES,
  INCIDENT_ROLES,
  INCIDENT_STATUSES,
  IncidentMilestone,
  IncidentRole,
  IncidentStatus,
  SeverityDefinition,
  TimelineEntry,
} from '@incident-response/backstage-plugin-incidents-common';
import { ReactNode } from 'react';
import { useIncidentPresentation, useLanguage } from '../../../hooks';
import { formatDateTime } from '../../../lib/dates';
import { incidentsTranslationRef } from '../../../translation';
import { ExternalLink, SafeMarkdown } from '../../shared';
import { isWorkspaceStepKind, useWorkspaceStepText } from '../../workspace';

const KIND_ICONS: Record<string, typeof NotesIcon> = {
  note: NotesIcon,
  decision: GavelIcon,
  action: BuildIcon,
  'status-update': StatusUpdateIcon,
  declared: FlagIcon,
  'status-changed': SwapHorizIcon,
  'severity-changed': WarningIcon,
  'role-assigned': AssignmentIndIcon,
  'field-changed': EditIcon,
  'milestone-changed': ScheduleIcon,
  'workspace-step-succeeded': CheckCircleOutlineIcon,
  'workspace-step-retrying': AutorenewIcon,
  'workspace-step-failed': ErrorOutlineIcon,
  'workspace-steps-retried': ReplayIcon,
};

const KNOWN_KINDS = [
  'note',
  'decision',
  'action',
  'status-update',
  'declared',
  'status-changed',
  'severity-changed',
  'role-assigned',
  'field-changed',
  'milestone-changed',
  'workspace-step-succeeded',
  'workspace-step-retrying',
  'workspace-step-failed',
  'workspace-steps-retried',
] as const;
type KnownKind = (typeof KNOWN_KINDS)[number];

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  entry: {
    padding: theme.spacing(1.5, 2),
    marginBottom: theme.spacing(1),
    borderLeft: `4px solid ${theme.palette.primary.main}`,
    backgroundColor: theme.palette.background.paper,
  },
  automatic: {
    padding: theme.spacing(1, 2),
    marginBottom: theme.spacing(1),
    borderLeft: `4px dashed ${theme.palette.text.disabled}`,
    backgroundColor: theme.palette.background.default,
    color: theme.palette.text.secondary,
    fontStyle: 'italic',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(0.5),
  },
  body: { fontStyle: 'normal', '& p': { margin: theme.spacing(0.5, 0) } },
}));

function isOneOf<T extends string>(
  values: readonly T[],
  value: unknown,
): value is T {
  return (
    typeof value === 'string' && (values as readonly string[]).includes(value)
  );
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * The text of an automatic entry, written from its structured data in the reader's
 * language (the stored body is an English fallback). Undefined when the data is not
 * what this version knows, so the stored body is shown instead.
 */
function useAutomaticText(severities: SeverityDefinition[]) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const presentation = useIncidentPresentation();
  const language = useLanguage();
  const workspace = useWorkspaceStepText();
  const user = (ref: unknown) =>
    typeof ref === 'string' ? (
      <EntityRefLink entityRef={ref} defaultKind="user" />
    ) : (
      <>?</>
    );
  const status = (value: unknown) =>
    isOneOf<IncidentStatus>(INCIDENT_STATUSES, value)
      ? presentation.statusName(value)
      : String(value);
  const severity = (value: unknown) =>
    presentation.severity(String(value), severities).name;
  /** The step an entry is about, by its kind (or its key's); undefined if unknown. */
  const stepOf = (data: Record<string, unknown>) => {
    const key = asString(data.step) ?? '';
    const kind = data.kind ?? key.split(':')[0];
    return isWorkspaceStepKind(kind)
      ? { kind, name: workspace.stepName(kind) }
      : undefined;
  };
  const time = (value: unknown) =>
    typeof value === 'string'
      ? formatDateTime(value, language)
      : t('common.notSet');

  return (entry: TimelineEntry): ReactNode | undefined => {
    const data = entry.data ?? {};
    switch (entry.kind) {
      case 'declared': {
        const entities = Array.isArray(data.entityRefs)
          ? (data.entityRefs as string[])
          : [];
        return t(
          data.mode === 'retrospective'
            ? 'timeline.auto.declaredRetrospective'
            : 'timeline.auto.declaredLive',
          {
            severity: severity(data.severity),
            entities: <EntityRefLinks entityRefs={entities} />,
          },
        );
      }
      case 'status-changed':
        return t('timeline.auto.statusChanged', {
          from: status(data.from),
          to: status(data.to),
        });
      case 'severity-changed':
        return t('timeline.auto.severityChanged', {
          from: severity(data.from),
          to: severity(data.to),
        });
      case 'role-assigned': {
        if (!isOneOf<IncidentRole>(INCIDENT_ROLES, data.role)) {
          return undefined;
        }
        const role = presentation.roleName(data.role);
        const assigned = data.from
          ? t('timeline.auto.roleAssignedFrom', {
              to: user(data.to),
              from: user(data.from),
              role,
            })
          : t('timeline.auto.roleAssigned', { to: user(data.to), role });
        const note = asString(data.note);
        return (
          <>
            {assigned}
            {note && (
              <Typography
                variant="body2"
                component="div"
                style={{ whiteSpace: 'pre-wrap' }}
              >
                {t('timeline.auto.handoffNote', { note })}
              </Typography>
            )}
          </>
        );
      }
      case 'field-changed': {
        const field = asString(data.field);
        if (
          field !== 'title' &&
          field !== 'description' &&
          field !== 'summary' &&
          field !== 'impact'
        ) {
          return undefined;
        }
        return t('timeline.auto.fieldChanged', {
          field: t(`timeline.fields.${field}`),
        });
      }
      case 'milestone-changed': {
        if (!isOneOf<IncidentMilestone>(INCIDENT_MILESTONES, data.field)) {
          return undefined;
        }
        return t('timeline.auto.milestoneChanged', {
          field: t(`milestones.${data.field}`),
          from: time(data.from),
          to: time(data.to),
        });
      }
      case 'workspace-step-succeeded': {
        const step = stepOf(data);
        if (!step) {
          return undefined;
        }
        const result =
          data.result && typeof data.result === 'object'
            ? (data.result as Record<string, unknown>)
            : null;
        const link = workspace.resultLink({ kind: step.kind, result });
        return (
          <>
            {t('timeline.auto.stepSucceeded', { step: step.name })}
            {link && (
              <>
                {' '}
                <ExternalLink href={link.url}>{link.label}</ExternalLink>
              </>
            )}
          </>
        );
      }
      case 'workspace-step-retrying':
      case 'workspace-step-failed': {
        const step = stepOf(data);
        const error = asString(data.error);
        if (!step || !error) {
          return undefined;
        }
        return t(
          entry.kind === 'workspace-step-failed'
            ? 'timeline.auto.stepFailed'
            : 'timeline.auto.stepRetrying',
          { step: step.name, error },
        );
      }
      case 'workspace-steps-retried': {
        const keys = Array.isArray(data.steps)
          ? data.steps.filter((key): key is string => typeof key === 'string')
          : [];
        if (keys.length === 0) {
          return undefined;
        }
        return t('timeline.auto.stepsRetried', {
          steps: workspace.stepNames(keys),
        });
      }
      default:
        return undefined;
    }
  };
}

/** @public */
export type TimelineProps = {
  /** The entries as the API returns them (oldest first). */
  entries: TimelineEntry[];
  severities: SeverityDefinition[];
};

/**
 * The append-only timeline, newest first. People's entries (notes, decisions, actions,
 * status updates) are Markdown rendered safely; automatic entries are styled apart and
 * written from their data in the reader's language. Each kind has its own icon and name.
 *
 * @public
 */
export function Timeline(props: TimelineProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const language = useLanguage();
  const automaticText = useAutomaticText(props.severities);

  const entries = [...props.entries].sort(
    (a, b) =>
      Date.parse(b.occurredAt) - Date.parse(a.occurredAt) ||
      Date.parse(b.createdAt) - Date.parse(a.createdAt),
  );
  if (entries.length === 0) {
    return <Typography variant="body2">{t('timeline.empty')}</Typography>;
  }
  const kindLabel = (kind: string) =>
    isOneOf<KnownKind>(KNOWN_KINDS, kind)
      ? t(`timeline.kinds.${kind}`)
      : t('timeline.kinds.other');

  return (
    <ol className={classes.list} aria-label={t('timeline.title')}>
      {entries.map(entry => {
        const Icon = KIND_ICONS[entry.kind] ?? SettingsIcon;
        const translated = entry.automatic ? automaticText(entry) : undefined;
        return (
          <li
            key={entry.id}
            className={entry.automatic ? classes.automatic : classes.entry}
            data-kind={entry.kind}
            data-automatic={entry.automatic}
          >
            <div className={classes.header}>
              <Chip
                size="small"
                variant={entry.automatic ? 'outlined' : 'default'}
                icon={<Icon fontSize="small" />}
                label={kindLabel(entry.kind)}
              />
              {entry.automatic && (
                <Typography variant="caption">
                  {t('common.automatic')}
                </Typography>
              )}
              <Typography variant="caption" component="span">
                <time dateTime={entry.occurredAt}>
                  {formatDateTime(entry.occurredAt, language)}
                </time>
              </Typography>
              <Typography variant="caption" component="span">
                {t('timeline.by', {
                  user: (
                    <EntityRefLink
                      entityRef={entry.authorRef}
                      defaultKind="user"
                    />
                  ),
                })}
              </Typography>
              {entry.correctsId && (
                <Typography variant="caption">
                  {t('timeline.corrects')}
                </Typography>
              )}
            </div>
            <div className={classes.body}>
              {translated !== undefined ? (
                <Typography variant="body2" component="div">
                  {translated}
                </Typography>
              ) : (
                <SafeMarkdown content={entry.body} />
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
