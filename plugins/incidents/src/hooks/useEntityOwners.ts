import { useApi } from '@backstage/core-plugin-api';
import {
  entityOwnerRefs,
  OWNER_LOOKUP_FIELDS,
} from '@incident-response/backstage-plugin-incidents-common';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

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
      fields: [...OWNER_LOOKUP_FIELDS],
    });
    const owners: string[] = [];
    for (const entity of items) {
      for (const owner of entity ? entityOwnerRefs(entity) : []) {
        if (!owners.includes(owner)) {
          owners.push(owner);
        }
      }
    }
    return owners;
  }, [catalogApi, key]);
  return { ownerRefs: value ?? [], loading, error };
}
