import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { IncidentChangedSignal } from '@incident-response/backstage-plugin-incidents-common';
import { useCallback } from 'react';
import { entityDisplayName } from '../../../lib/entityNames';
import { incidentsTranslationRef } from '../../../translation';
import { ActionItemsTab } from '../ActionItemsTab';

/**
 * The Action items tab of a group (team) page: the action items the team owns, from
 * every postmortem, the ones to do first with the overdue ones on top, filters by
 * status, each status changed in place; then the team's action-item SLO (done by the
 * due date, open overdue, as a trend and by service). It updates itself.
 *
 * @public
 */
export function EntityTeamActionItemsContent() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { entity } = useEntity();
  const ownerRef = stringifyEntityRef(entity);
  const team = entityDisplayName(entity);
  // An item can be the team's on an incident of anything: any change may concern it.
  const anyIncident = useCallback((_signal: IncidentChangedSignal) => true, []);
  return (
    <ActionItemsTab
      filter={{ ownerRef }}
      idPrefix="team-action-items"
      title={t('actionItems.teamTab.title', { team })}
      intro={t('actionItems.teamTab.intro', { team })}
      emptyTitle={t('actionItems.teamTab.empty', { team })}
      emptyDescription={t('actionItems.teamTab.emptyDescription', { team })}
      breakdowns={['byService']}
      reloadWhen={anyIncident}
    />
  );
}
