import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  RELATION_API_CONSUMED_BY,
  RELATION_API_PROVIDED_BY,
  RELATION_CONSUMES_API,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_PART_OF,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  entityOwnerRefs,
  INCIDENT_ENTITY_KINDS,
  OWNER_LOOKUP_FIELDS,
} from '@incident-response/backstage-plugin-incidents-common';
import { parseRequestEntityRef } from '../lib/http/parseEntityRefs';

/** Catalog lookups, always with the caller's credentials. */
export class CatalogLookups {
  constructor(private readonly catalog: CatalogService) {}

  /**
   * Normalises the affected entity refs (lower case, duplicates removed, order kept),
   * checks each exists and may have incidents, and collects their owners.
   */
  async resolveAffectedEntities(
    refs: string[],
    credentials: BackstageCredentials,
  ): Promise<{ entityRefs: string[]; ownerRefs: string[] }> {
    if (refs.length === 0) {
      throw new InputError(
        'entityRefs: name at least one affected service, system, API or resource',
      );
    }
    const entityRefs: string[] = [];
    refs.forEach((ref, index) => {
      const parsed = parseRequestEntityRef(ref, `entityRefs[${index}]`);
      const kind = parsed.kind.toLocaleLowerCase('en-US');
      if (!INCIDENT_ENTITY_KINDS.includes(kind)) {
        throw new InputError(
          `entityRefs[${index}]: '${ref}' is a ${kind}; incidents affect components, systems, APIs and resources`,
        );
      }
      const normalized = stringifyEntityRef(parsed);
      if (!entityRefs.includes(normalized)) {
        entityRefs.push(normalized);
      }
    });
    const { items } = await this.catalog.getEntitiesByRefs(
      {
        entityRefs,
        fields: [...OWNER_LOOKUP_FIELDS],
      },
      { credentials },
    );
    const ownerRefs: string[] = [];
    items.forEach((entity, index) => {
      if (!entity) {
        throw new InputError(
          `entityRefs: '${entityRefs[index]}' was not found in the catalog`,
        );
      }
      for (const owner of entityOwnerRefs(entity)) {
        if (!ownerRefs.includes(owner)) {
          ownerRefs.push(owner);
        }
      }
    });
    return { entityRefs, ownerRefs };
  }

  /**
   * Entities incidents may affect whose name or title contains `text`, for pickers
   * outside Backstage (Slack): at most `limit`, with their title and uid.
   */
  async searchAffectableEntities(
    text: string,
    limit: number,
    credentials: BackstageCredentials,
  ): Promise<{ ref: string; title: string; uid?: string }[]> {
    const { items } = await this.catalog.queryEntities(
      {
        filter: { kind: [...INCIDENT_ENTITY_KINDS] },
        fullTextFilter: {
          term: text,
          fields: ['metadata.name', 'metadata.title'],
        },
        orderFields: { field: 'metadata.name', order: 'asc' },
        limit,
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'metadata.uid',
        ],
      },
      { credentials },
    );
    return items.map(entity => ({
      ref: stringifyEntityRef(entity),
      title: entity.metadata.title ?? entity.metadata.name,
      uid: entity.metadata.uid,
    }));
  }

  /** The ref of the entity with this uid, if the catalog has it. */
  async refOfUid(
    uid: string,
    credentials: BackstageCredentials,
  ): Promise<string | undefined> {
    const { items } = await this.catalog.getEntities(
      {
        filter: { 'metadata.uid': uid },
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      },
      { credentials },
    );
    return items[0] ? stringifyEntityRef(items[0]) : undefined;
  }

  /** Normalises a user ref and checks the catalog has that user. */
  resolveUser(
    ref: string,
    field: string,
    credentials: BackstageCredentials,
  ): Promise<string> {
    return this.resolveOfKind(ref, field, 'user', credentials);
  }

  /** Normalises a group ref (a bare name is a group) and checks the catalog has it. */
  resolveGroup(
    ref: string,
    field: string,
    credentials: BackstageCredentials,
  ): Promise<string> {
    return this.resolveOfKind(ref, field, 'group', credentials);
  }

  private async resolveOfKind(
    ref: string,
    field: string,
    kind: 'user' | 'group',
    credentials: BackstageCredentials,
  ): Promise<string> {
    const parsed = parseRequestEntityRef(ref, field, kind);
    const parsedKind = parsed.kind.toLocaleLowerCase('en-US');
    if (parsedKind !== kind) {
      throw new InputError(
        `${field}: '${ref}' is a ${parsedKind}, not a ${kind}`,
      );
    }
    const entityRef = stringifyEntityRef(parsed);
    const entity = await this.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) {
      throw new InputError(
        `${field}: '${entityRef}' is not a ${kind} in the catalog`,
      );
    }
    return entityRef;
  }

  /**
   * What an entity is related to, for finding the known errors that may affect it:
   * what it depends on or is depended on by (directly, through an API it consumes or
   * provides, or the services providing an API it consumes), and its system with the
   * system's other parts. 400 naming `field` when
   * the entity is not in the catalog.
   */
  async relatedEntities(
    ref: string,
    field: string,
    credentials: BackstageCredentials,
  ): Promise<{ entityRef: string; dependencies: string[]; system: string[] }> {
    const entityRef = stringifyEntityRef(parseRequestEntityRef(ref, field));
    const entity = await this.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) {
      throw new InputError(
        `${field}: '${entityRef}' was not found in the catalog`,
      );
    }
    const targets = (...types: string[]) => [
      ...new Set(
        (entity.relations ?? [])
          .filter(r => types.includes(r.type))
          .map(r => r.targetRef.toLocaleLowerCase('en-US')),
      ),
    ];
    const consumedApis = targets(RELATION_CONSUMES_API);
    // What serves an API the entity consumes is a dependency too: the known errors of a
    // payments API's gateway explain a checkout that calls the API.
    const apiProviders =
      consumedApis.length > 0
        ? (
            await this.catalog.getEntitiesByRefs(
              { entityRefs: consumedApis, fields: ['relations'] },
              { credentials },
            )
          ).items.flatMap(api =>
            (api?.relations ?? [])
              .filter(r => r.type === RELATION_API_PROVIDED_BY)
              .map(r => r.targetRef.toLocaleLowerCase('en-US')),
          )
        : [];
    const dependencies = [
      ...new Set([
        ...targets(
          RELATION_DEPENDS_ON,
          RELATION_DEPENDENCY_OF,
          RELATION_CONSUMES_API,
          RELATION_API_CONSUMED_BY,
          RELATION_PROVIDES_API,
          RELATION_API_PROVIDED_BY,
        ),
        ...apiProviders,
      ]),
    ].filter(target => target !== entityRef);
    const systems =
      entity.kind.toLocaleLowerCase('en-US') === 'system'
        ? [entityRef]
        : targets(RELATION_PART_OF).filter(r => r.startsWith('system:'));
    const parts =
      systems.length > 0
        ? (
            await this.catalog.getEntities(
              {
                filter: { 'relations.partOf': systems },
                fields: ['kind', 'metadata.name', 'metadata.namespace'],
              },
              { credentials },
            )
          ).items.map(part => stringifyEntityRef(part))
        : [];
    return {
      entityRef,
      dependencies,
      system: [...new Set([...systems, ...parts])].filter(
        r => r !== entityRef && !dependencies.includes(r),
      ),
    };
  }
}
