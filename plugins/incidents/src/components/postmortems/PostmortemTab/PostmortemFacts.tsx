import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  IncidentDetails,
  IncidentsConfigResponse,
} from '@incident-response/backstage-plugin-incidents-common';
import { incidentsTranslationRef } from '../../../translation';
import { entityFacts, FactList, SeverityChip } from '../../shared';
import { useRolesInResponse } from '../PostmortemDocument';

/**
 * What the postmortem starts from, taken from the incident: its severity, the services
 * it affected and their owners, and the roles of the response, by role and never by
 * the names of the people who held them.
 */
export function PostmortemFacts(props: {
  incident: IncidentDetails;
  config: IncidentsConfigResponse;
}) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const rolesInResponse = useRolesInResponse();
  const { incident, config } = props;
  return (
    <InfoCard title={t('postmortems.facts.title')}>
      <FactList
        facts={[
          {
            label: t('postmortems.facts.severity'),
            value: (
              <SeverityChip
                severity={incident.severity}
                severities={config.severities}
              />
            ),
          },
          ...entityFacts(incident, {
            entities: t('postmortems.facts.services'),
            owners: t('postmortems.facts.owners'),
            noOwners: t('postmortems.facts.noOwners'),
          }),
          {
            label: t('postmortems.facts.roles'),
            value: (
              <>
                {rolesInResponse(incident)}
                <Typography
                  variant="caption"
                  color="textSecondary"
                  component="div"
                >
                  {t('postmortems.facts.rolesHelp')}
                </Typography>
              </>
            ),
          },
        ]}
      />
    </InfoCard>
  );
}
