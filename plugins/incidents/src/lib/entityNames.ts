import { Entity } from '@backstage/catalog-model';

/**
 * The name people know an entity by: a team's or a person's display name, else its
 * title, else its name.
 */
export function entityDisplayName(entity: Entity): string {
  const profile = (entity.spec?.profile ?? {}) as { displayName?: string };
  return profile.displayName ?? entity.metadata.title ?? entity.metadata.name;
}
