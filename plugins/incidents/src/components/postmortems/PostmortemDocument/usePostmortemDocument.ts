import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  ActionItem,
  INCIDENT_MILESTONES,
  IncidentDetails,
  isOneOf,
  Postmortem,
  POSTMORTEM_SECTIONS,
  SeverityDefinition,
  TIMELINE_ENTRY_KINDS,
} from '@incident-response/backstage-plugin-incidents-common';
import { useIncidentPresentation, useLanguage } from '../../../hooks';
import { formatDateTime, formatDuration } from '../../../lib/dates';
import { formatShortDay } from '../../../lib/dueDates';
import { entityRefName } from '../../../lib/entityNames';
import {
  IncidentInterval,
  incidentIntervals,
} from '../../../lib/incidentIntervals';
import { incidentsTranslationRef } from '../../../translation';
import { usePostmortemPresentation } from '../../../hooks/usePostmortemPresentation';
import { PostmortemDocumentModel } from './postmortemMarkdown';

/** The roles someone was given during the response, by their names: never people's names. */
export function useRolesInResponse() {
  const presentation = useIncidentPresentation();
  const language = useLanguage();
  return (incident: Pick<IncidentDetails, 'roles'>): string =>
    new Intl.ListFormat(language, {
      style: 'long',
      type: 'conjunction',
    }).format(
      [...new Set(incident.roles.map(assignment => assignment.role))].map(
        presentation.roleName,
      ),
    );
}

/** The postmortem timeline's entries to show: the important ones when some are marked. */
export function storyEntries<T extends { important: boolean }>(
  entries: T[],
): T[] {
  return entries.some(entry => entry.important)
    ? entries.filter(entry => entry.important)
    : entries;
}

/**
 * The postmortem as a document in the reader's language (see
 * {@link PostmortemDocumentModel}), for the printable view and the Markdown export.
 * People appear by their roles only; action items by their owner teams.
 */
export function usePostmortemDocument() {
  const words = usePostmortemPresentation();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const presentation = useIncidentPresentation();
  const language = useLanguage();
  const rolesInResponse = useRolesInResponse();

  return (
    incident: IncidentDetails,
    postmortem: Postmortem,
    severities: SeverityDefinition[],
    now: Date,
  ): PostmortemDocumentModel => {
    const time = (iso: string) => formatDateTime(iso, language);
    const intervals = incidentIntervals(incident, now);
    const duration = (value: IncidentInterval) =>
      value.state === 'unknown'
        ? t('metrics.unknown')
        : formatDuration(value.milliseconds, language);
    const itemStatus = (item: ActionItem) =>
      item.status === 'wont-do' && item.reason
        ? `${words.itemStatusName(item.status)}: ${item.reason}`
        : words.itemStatusName(item.status);

    return {
      title: t('postmortems.export.documentTitle', {
        number: incident.number,
        title: incident.title,
      }),
      lines: [
        t('postmortems.export.statusLine', {
          status: words.statusName(postmortem.status),
        }),
        ...(postmortem.approvedAt && postmortem.approvedBy
          ? [
              t('postmortems.tab.approved', {
                time: time(postmortem.approvedAt),
                user: entityRefName(postmortem.approvedBy, 'user'),
              }),
            ]
          : []),
        t('postmortems.export.generated', { time: time(now.toISOString()) }),
      ],
      notice: {
        title: t('postmortems.tab.blamelessTitle'),
        text: t('postmortems.tab.blameless'),
      },
      facts: {
        title: t('postmortems.facts.title'),
        items: [
          {
            label: t('postmortems.facts.severity'),
            value: presentation.severity(incident.severity, severities).name,
          },
          {
            label: t('postmortems.facts.services'),
            value: incident.entityRefs
              .map(ref => entityRefName(ref, 'component'))
              .join(', '),
          },
          {
            label: t('postmortems.facts.owners'),
            value:
              incident.ownerRefs
                .map(ref => entityRefName(ref, 'group'))
                .join(', ') || t('postmortems.facts.noOwners'),
          },
          {
            label: t('postmortems.facts.roles'),
            value: rolesInResponse(incident),
          },
          ...INCIDENT_MILESTONES.map(milestone => ({
            label: t(`milestones.${milestone}`),
            value: incident[milestone]
              ? time(incident[milestone]!)
              : t('common.notSet'),
          })),
          { label: t('metrics.ttd'), value: duration(intervals.ttd) },
          { label: t('metrics.ttr'), value: duration(intervals.ttr) },
        ],
      },
      sections: POSTMORTEM_SECTIONS.map(section => ({
        label: words.sectionLabel(section),
        text: postmortem.sections[section],
      })),
      notWritten: t('postmortems.export.notWritten'),
      timeline: {
        title: t('postmortems.timeline.title'),
        entries: storyEntries(postmortem.timeline).map(entry => ({
          time: time(entry.occurredAt),
          kind: isOneOf(TIMELINE_ENTRY_KINDS, entry.kind)
            ? t(`timeline.kinds.${entry.kind}`)
            : t('timeline.kinds.other'),
          text: entry.body,
        })),
        empty: t('postmortems.timeline.empty'),
      },
      actionItems: {
        title: t('actionItems.table.title'),
        columns: [
          t('actionItems.table.action'),
          t('actionItems.table.owner'),
          t('actionItems.table.due'),
          t('actionItems.table.priority'),
          t('actionItems.table.kind'),
          t('actionItems.table.status'),
          t('actionItems.table.tracker'),
        ],
        rows: postmortem.actionItems.map(item => [
          item.title,
          entityRefName(item.ownerRef, 'group'),
          formatShortDay(item.dueOn, language),
          words.priorityName(item.priority),
          words.kindName(item.kind),
          itemStatus(item),
          item.trackerUrl ?? '',
        ]),
        empty: t('postmortems.export.noActionItems'),
      },
    };
  };
}
