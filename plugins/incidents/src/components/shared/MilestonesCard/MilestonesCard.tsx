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
import {
  IncidentInterval,
  incidentIntervals,
} from '../../../lib/incidentIntervals';
import { incidentsTranslationRef } from '../../../translation';

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
