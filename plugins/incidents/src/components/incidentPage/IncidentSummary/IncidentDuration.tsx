import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Incident } from '@incident-response/backstage-plugin-incidents-common';
import { useLanguage, useNow } from '../../../hooks';
import { formatCompactDuration } from '../../../lib/durations';
import { incidentsTranslationRef } from '../../../translation';

/**
 * How long the incident has been going on since its impact started, live, or how long
 * it lasted once resolved: the first thing a responder joining late asks.
 */
export function IncidentDuration(props: {
  incident: Pick<Incident, 'impactStartedAt' | 'resolvedAt'>;
}) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const language = useLanguage();
  const now = useNow();
  const { impactStartedAt, resolvedAt } = props.incident;
  const end = resolvedAt ? Date.parse(resolvedAt) : now.getTime();
  const duration = formatCompactDuration(
    (end - Date.parse(impactStartedAt)) / 1000,
    language,
  );
  return (
    <Typography variant="body2" component="span">
      {resolvedAt
        ? t('incidentPage.resolvedAfter', { duration })
        : t('incidentPage.goingOnFor', { duration })}
    </Typography>
  );
}
