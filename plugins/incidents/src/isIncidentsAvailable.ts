import { Entity } from '@backstage/catalog-model';
import { INCIDENT_ENTITY_KINDS } from '@incident-response/backstage-plugin-incidents-common';

/**
 * Whether incidents can affect this entity (components, systems, APIs and resources), for
 * `EntitySwitch.Case if={isIncidentsAvailable}` around the tab and the card.
 *
 * @public
 */
export function isIncidentsAvailable(entity: Entity): boolean {
  return INCIDENT_ENTITY_KINDS.includes(entity.kind.toLocaleLowerCase('en-US'));
}
