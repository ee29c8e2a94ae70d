import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';

type CatalogApi = typeof catalogApiRef.T;

function fieldValue(entity: Entity, path: string): unknown {
  return path
    .split('.')
    .reduce<any>((value, key) => (value ? value[key] : undefined), entity);
}

/**
 * An in-memory catalog with the calls the plugin makes: queryEntities (kind filter and
 * full-text search), getEntitiesByRefs and getEntityByRef.
 */
export function fakeCatalogApi(entities: Entity[]): CatalogApi {
  const byRef = new Map(
    entities.map(e => [stringifyEntityRef(e).toLocaleLowerCase('en-US'), e]),
  );
  const api: Partial<CatalogApi> = {
    async queryEntities(request: any = {}) {
      const kinds: string[] | undefined = request.filter?.kind
        ? [request.filter.kind].flat().map((k: string) => k.toLowerCase())
        : undefined;
      const term: string | undefined = request.fullTextFilter?.term
        ?.trim()
        .toLowerCase();
      const fields: string[] = request.fullTextFilter?.fields ?? [
        'metadata.name',
      ];
      const items = entities.filter(
        entity =>
          (!kinds || kinds.includes(entity.kind.toLowerCase())) &&
          (!term ||
            fields.some(field =>
              String(fieldValue(entity, field) ?? '')
                .toLowerCase()
                .includes(term),
            )),
      );
      return {
        items: items.slice(0, request.limit ?? items.length),
        totalItems: items.length,
        pageInfo: {},
      };
    },
    async getEntitiesByRefs(request: { entityRefs: string[] }) {
      return {
        items: request.entityRefs.map(ref =>
          byRef.get(ref.toLocaleLowerCase('en-US')),
        ),
      };
    },
    async getEntityByRef(ref: any) {
      const key =
        typeof ref === 'string' ? ref : stringifyEntityRef(parseEntityRef(ref));
      return byRef.get(key.toLocaleLowerCase('en-US'));
    },
  };
  return api as CatalogApi;
}
