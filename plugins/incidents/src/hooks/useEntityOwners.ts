import { useApi } from '@backstage/core-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

/** The owners the backend will link: `ownedBy` relations, or `spec.owner` before the catalog has processed the entity. */
function ownersOf(entity: Entity): string[] {
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

/** The owners of the given entities, from the catalog, without duplicates. */
export function useEntityOwners(entityRefs: string[]): {
  ownerRefs: string[];
  loading: boolean;
  error?: Error;
} {
  const catalogApi = useApi(catalogApiRef);
  const key = entityRefs.join('\n');
  const { value, loading, error } = useAsync(async () => {
    if (key === '') {
      return [];
    }
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs: key.split('\n'),
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'spec.owner',
        'relations',
      ],
    });
    const owners: string[] = [];
    for (const entity of items) {
      for (const owner of entity ? ownersOf(entity) : []) {
        if (!owners.includes(owner)) {
          owners.push(owner);
        }
      }
    }
    return owners;
  }, [catalogApi, key]);
  return { ownerRefs: value ?? [], loading, error };
}
