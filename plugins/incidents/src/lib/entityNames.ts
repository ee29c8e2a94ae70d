import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';

/**
 * The name people know an entity by: a team's or a person's display name, else its
 * title, else its name.
 */
export function entityDisplayName(entity: Entity): string {
  const profile = (entity.spec?.profile ?? {}) as { displayName?: string };
  return profile.displayName ?? entity.metadata.title ?? entity.metadata.name;
}

/**
 * The name an entity reference reads as, from the reference alone (no catalog call):
 * `user:default/alice` -> `alice` with the `user` default kind; other kinds keep theirs.
 */
export function entityRefName(ref: string, defaultKind: string): string {
  return humanizeEntityRef(parseEntityRef(ref), { defaultKind });
}
