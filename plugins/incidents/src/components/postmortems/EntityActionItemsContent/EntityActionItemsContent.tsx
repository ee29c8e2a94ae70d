import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useConcernsEntity } from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';
import { ActionItemsTab } from '../ActionItemsTab';

/**
 * The Action items tab of an entity page (components, systems, APIs, resources): the
 * action items of the postmortems of incidents on the entity, the ones to do first with
 * the overdue ones on top, filters by status; then their SLO by owner team. It updates
 * itself when an incident on the entity changes.
 *
 * @public
 */
export function EntityActionItemsContent() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const name = entity.metadata.title ?? entity.metadata.name;
  return (
    <ActionItemsTab
      filter={{ entityRef }}
      idPrefix="entity-action-items"
      title={t('actionItems.entityTab.title', { entity: name })}
      intro={t('actionItems.entityTab.intro', { entity: name })}
      emptyTitle={t('actionItems.entityTab.empty', { entity: name })}
      emptyDescription={t('actionItems.entityTab.emptyDescription', {
        entity: name,
      })}
      breakdowns={['byTeam']}
      reloadWhen={useConcernsEntity(entityRef)}
    />
  );
}
