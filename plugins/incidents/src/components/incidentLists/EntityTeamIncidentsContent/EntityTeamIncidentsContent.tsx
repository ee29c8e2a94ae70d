import Grid from '@material-ui/core/Grid';
import { Link, Progress } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { IncidentChangedSignal } from '@incident-response/backstage-plugin-incidents-common';
import {
  useIncidentChanges,
  useIncidentPages,
  useIncidentsConfig,
  useOpenIncidents,
} from '../../../hooks';
import { rootRouteRef } from '../../../routes';
import { entityDisplayName } from '../../../lib/entityNames';
import { incidentsTranslationRef } from '../../../translation';
import { ActionItemSloSection, IncidentMetricsSection } from '../../metrics';
import { IncidentsTable } from '../IncidentsTable';
import {
  ErrorNotice,
  filtersToSearchParams,
  KeysetPagination,
} from '../../shared';
import { PAST_STATUSES } from '../pastStatuses';

const HISTORY_PAGE_SIZE = 10;

/**
 * The Incidents tab of a group (team) page: the active incidents on what the team
 * owns, its past incidents page by page with a link to all of them on the incidents
 * page (filtered on the team), then the team's time to detect and time to recover across all of it (the
 * incidents on every entity the team owned when each was declared), then how many of
 * the action items it owns were done by their due date.
 *
 * @public
 */
export function EntityTeamIncidentsContent() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { entity } = useEntity();
  const ownerRef = stringifyEntityRef(entity);
  const team = entityDisplayName(entity);
  const { config, error: configError } = useIncidentsConfig();
  const concernsTeam = (signal: IncidentChangedSignal) =>
    (signal.ownerRefs ?? []).includes(ownerRef);
  const active = useOpenIncidents({ ownerRef }, concernsTeam);
  const history = useIncidentPages(
    { ownerRef, status: [...PAST_STATUSES] },
    HISTORY_PAGE_SIZE,
  );
  useIncidentChanges(concernsTeam, history.reload);
  const incidentsLink = useRouteRef(rootRouteRef);
  const allTeamIncidents = `${incidentsLink()}?${filtersToSearchParams({
    ownerRef,
  })}`;

  const error = configError ?? active.error ?? history.error;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        {error && <ErrorNotice title={t('teamTab.loadError')} error={error} />}
        {!error && (!config || !active.value) && (
          <Progress aria-label={t('common.loading')} />
        )}
        {!error && config && active.value && (
          <IncidentsTable
            title={t('teamTab.activeTitle', { team })}
            incidents={active.value.items}
            severities={config.severities}
            columns={['services', 'roles']}
            emptyContent={t('teamTab.noActive', { team })}
          />
        )}
      </Grid>
      {!error && config && history.ready && (
        <Grid item xs={12}>
          <IncidentsTable
            title={t('teamTab.historyTitle', { team })}
            incidents={history.items}
            severities={config.severities}
            columns={['services', 'roles']}
            loading={history.loading}
            emptyContent={t('teamTab.noPast', { team })}
            action={
              <Link to={allTeamIncidents}>
                {t('teamTab.allIncidents', { team })}
              </Link>
            }
            footer={<KeysetPagination pages={history} />}
          />
        </Grid>
      )}
      <Grid item xs={12}>
        <IncidentMetricsSection
          filter={{ ownerRef }}
          idPrefix="team-incident-metrics"
          intro={t('teamTab.metricsIntro', { team })}
          emptyDescription={t('charts.emptyTeam', { team })}
          reloadWhen={concernsTeam}
        />
      </Grid>
      <Grid item xs={12}>
        <ActionItemSloSection
          filter={{ ownerRef }}
          idPrefix="team-action-item-slo"
          intro={t('teamTab.sloIntro', { team })}
          breakdowns={['byService']}
          reloadWhen={concernsTeam}
        />
      </Grid>
    </Grid>
  );
}
