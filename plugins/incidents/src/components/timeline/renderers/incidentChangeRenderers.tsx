import Typography from '@material-ui/core/Typography';
import AssignmentIndIcon from '@material-ui/icons/AssignmentInd';
import EditIcon from '@material-ui/icons/Edit';
import FlagIcon from '@material-ui/icons/Flag';
import ScheduleIcon from '@material-ui/icons/Schedule';
import SwapHorizIcon from '@material-ui/icons/SwapHoriz';
import WarningIcon from '@material-ui/icons/Warning';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink, EntityRefLinks } from '@backstage/plugin-catalog-react';
import {
  INCIDENT_CHANGE_TIMELINE_ENTRY_KINDS,
  INCIDENT_MILESTONES,
  INCIDENT_ROLES,
  INCIDENT_STATUSES,
  isOneOf,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import { useIncidentPresentation, useLanguage } from '../../../hooks';
import { formatDateTime } from '../../../lib/dates';
import { incidentsTranslationRef } from '../../../translation';
import {
  asString,
  automaticEntryText,
  TimelineEntryRenderer,
  TimelineEntryWriter,
} from '../../shared';

/** The text fields whose names the timeline has translations for. */
const TEXT_FIELDS = ['title', 'description', 'summary', 'impact'] as const;

/** Names of the users, statuses, severities and times the entries mention. */
function useIncidentChangeWords(severities: SeverityDefinition[]) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const presentation = useIncidentPresentation();
  const language = useLanguage();
  return {
    t,
    roleName: presentation.roleName,
    user: (ref: unknown) =>
      typeof ref === 'string' ? (
        <EntityRefLink entityRef={ref} defaultKind="user" />
      ) : (
        <>?</>
      ),
    status: (value: unknown) =>
      isOneOf(INCIDENT_STATUSES, value)
        ? presentation.statusName(value)
        : String(value),
    /** A severity in a sentence; null (not assessed yet) is "to be assessed". */
    severity: (value: unknown) =>
      value === null || value === undefined
        ? t('severities.unassessed.inSentence')
        : presentation.severity(String(value), severities).name,
    time: (value: unknown) =>
      typeof value === 'string'
        ? formatDateTime(value, language)
        : t('common.notSet'),
  };
}

const incidentChangeText = (
  write: TimelineEntryWriter<ReturnType<typeof useIncidentChangeWords>>,
) => automaticEntryText(useIncidentChangeWords, write);

/** The entries the backend writes for every change to an incident. */
export const INCIDENT_CHANGE_RENDERERS: Record<
  (typeof INCIDENT_CHANGE_TIMELINE_ENTRY_KINDS)[number],
  TimelineEntryRenderer
> = {
  declared: {
    icon: FlagIcon,
    Text: incidentChangeText((data, { t, severity }) => {
      const entities = Array.isArray(data.entityRefs)
        ? (data.entityRefs as string[])
        : [];
      const retrospective = data.mode === 'retrospective';
      if (data.severity === null || data.severity === undefined) {
        return t(
          retrospective
            ? 'timeline.auto.declaredRetrospectiveUnassessed'
            : 'timeline.auto.declaredLiveUnassessed',
          { entities: <EntityRefLinks entityRefs={entities} /> },
        );
      }
      return t(
        retrospective
          ? 'timeline.auto.declaredRetrospective'
          : 'timeline.auto.declaredLive',
        {
          severity: severity(data.severity),
          entities: <EntityRefLinks entityRefs={entities} />,
        },
      );
    }),
  },
  'status-changed': {
    icon: SwapHorizIcon,
    Text: incidentChangeText((data, { t, status }) =>
      t('timeline.auto.statusChanged', {
        from: status(data.from),
        to: status(data.to),
      }),
    ),
  },
  'severity-changed': {
    icon: WarningIcon,
    Text: incidentChangeText((data, { t, severity }) =>
      t('timeline.auto.severityChanged', {
        from: severity(data.from),
        to: severity(data.to),
      }),
    ),
  },
  'role-assigned': {
    icon: AssignmentIndIcon,
    Text: incidentChangeText((data, { t, roleName, user }) => {
      if (!isOneOf(INCIDENT_ROLES, data.role)) {
        return undefined;
      }
      const role = roleName(data.role);
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
    }),
  },
  'field-changed': {
    icon: EditIcon,
    Text: incidentChangeText((data, { t }) =>
      isOneOf(TEXT_FIELDS, data.field)
        ? t('timeline.auto.fieldChanged', {
            field: t(`timeline.fields.${data.field}`),
          })
        : undefined,
    ),
  },
  'milestone-changed': {
    icon: ScheduleIcon,
    Text: incidentChangeText((data, { t, time }) =>
      isOneOf(INCIDENT_MILESTONES, data.field)
        ? t('timeline.auto.milestoneChanged', {
            field: t(`milestones.${data.field}`),
            from: time(data.from),
            to: time(data.to),
          })
        : undefined,
    ),
  },
};
