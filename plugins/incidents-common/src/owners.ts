import {
  Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * The catalog fields `entityOwnerRefs` reads: what to ask the catalog for when only the
 * owners are needed.
 *
 * @public
 */
export const OWNER_LOOKUP_FIELDS: readonly string[] = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.owner',
  'relations',
];

/**
 * The owners an incident on `entity` is linked to: its `ownedBy` relations, or its
 * `spec.owner` until catalog processing has filled the relations in. The backend links
 * them; the declare dialog shows them beforehand.
 *
 * @public
 */
export function entityOwnerRefs(entity: Entity): string[] {
  const related = (entity.relations ?? [])
    .filter(r => r.type === RELATION_OWNED_BY)
    .map(r => r.targetRef.toLocaleLowerCase('en-US'));
  if (related.length > 0) {
    return related;
  }
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || owner.length === 0) {
    return [];
  }
  return [
    stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: entity.metadata.namespace ?? 'default',
      }),
    ),
  ];
}
