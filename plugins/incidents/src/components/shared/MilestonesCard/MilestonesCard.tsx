import Divider from '@material-ui/core/Divider';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Incident,
  INCIDENT_MILESTONES,
} from '@incident-response/backstage-plugin-incidents-common';
import { useLanguage, useNow } from '../../../hooks';
import { formatDuration, formatShortDateTime } from '../../../lib/dates';
import { incidentsTranslationRef } from '../../../translation';

/** A running or finished interval between two instants. */
export type IncidentInterval =
  | { state: 'unknown' }
  | { state: 'ongoing'; milliseconds: number }
  | { state: 'done'; milliseconds: number };

function interval(
  start: string | null,
  end: string | null,
  now: Date,
  runsUntilEnd: boolean,
): IncidentInterval {
  if (!start) {
    return { state: 'unknown' };
  }
  if (end) {
    return { state: 'done', milliseconds: Date.parse(end) - Date.parse(start) };
  }
  return runsUntilEnd
    ? { state: 'ongoing', milliseconds: now.getTime() - Date.parse(start) }
    : { state: 'unknown' };
}

/**
 * The handbook's indicators for one incident: time to detect (impact start to
 * detection), time to recover (impact start to its end; still running while the impact
 * lasts) and how long the incident has been open (declaration to closing).
 */
export function incidentIntervals(incident: Incident, now: Date) {
  return {
    ttd: interval(incident.impactStartedAt, incident.detectedAt, now, false),
    ttr: interval(incident.impactStartedAt, incident.resolvedAt, now, true),
    open: interval(incident.declaredAt, incident.closedAt, now, true),
  };
}

/** @public */
export type MilestonesCardProps = { incident: Incident };

/**
 * The incident's milestones and its TTD, TTR and time open, computed live.
 *
 * @public
 */
export function MilestonesCard(props: MilestonesCardProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const language = useLanguage();
  const now = useNow(10_000);
  const { incident } = props;
  const intervals = incidentIntervals(incident, now);

  const show = (value: IncidentInterval) => {
    if (value.state === 'unknown') {
      return t('metrics.unknown');
    }
    const duration = formatDuration(value.milliseconds, language);
    return value.state === 'ongoing'
      ? t('metrics.ongoing', { duration })
      : duration;
  };
  const indicators = [
    { id: 'ttd', label: t('metrics.ttd'), help: t('metrics.ttdHelp') },
    { id: 'ttr', label: t('metrics.ttr'), help: t('metrics.ttrHelp') },
    { id: 'open', label: t('metrics.open'), help: t('metrics.openHelp') },
  ] as const;

  return (
    <InfoCard title={t('metrics.title')}>
      <Table size="small" aria-label={t('metrics.title')}>
        <TableBody>
          {INCIDENT_MILESTONES.map(milestone => (
            <TableRow key={milestone}>
              <TableCell component="th" scope="row">
                {t(`milestones.${milestone}`)}
              </TableCell>
              <TableCell>
                {incident[milestone]
                  ? formatShortDateTime(incident[milestone]!, language, now)
                  : t('common.notSet')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Divider />
      <Table size="small" aria-label={t('metrics.indicators')}>
        <TableBody>
          {indicators.map(indicator => (
            <TableRow key={indicator.id}>
              <TableCell component="th" scope="row">
                <Typography variant="body2">{indicator.label}</Typography>
                <Typography variant="caption" color="textSecondary">
                  {indicator.help}
                </Typography>
              </TableCell>
              <TableCell data-testid={`indicator-${indicator.id}`}>
                {show(intervals[indicator.id])}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </InfoCard>
  );
}
