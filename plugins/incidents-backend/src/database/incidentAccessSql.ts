import { Knex } from 'knex';
import { IncidentCriteria, IncidentFilter } from '../lib/incidentAccess';
import { KnownErrorCriteria } from '../lib/knownErrorAccess';

/** Where the facts the filters read are, for each kind of resource. */
const RESOURCES = {
  incident: {
    table: 'incidents',
    owners: { table: 'incident_owners', key: 'incident_id' },
    entities: { table: 'incident_entities', key: 'incident_id' },
  },
  'known-error': {
    table: 'known_errors',
    owners: { table: 'known_error_owners', key: 'known_error_id' },
    entities: { table: 'known_error_entities', key: 'known_error_id' },
  },
} as const;

type Resource = keyof typeof RESOURCES;

/**
 * The refs as given and lowercased: the catalog lowercases relation targets (group
 * memberships), while refs written elsewhere keep the case of entity names.
 */
const eitherCase = (refs: string[]) => [
  ...new Set([...refs, ...refs.map(ref => ref.toLocaleLowerCase('en-US'))]),
];

/** The resources a filter keeps, as a subquery of ids. */
function idsMatching(db: Knex, resource: Resource, filter: IncidentFilter) {
  const { owners, entities } = RESOURCES[resource];
  if ('security' in filter) {
    return db('incidents').where('security', true).select('id');
  }
  if ('roleHolderIn' in filter) {
    return db('incident_role_assignments')
      .whereNull('ended_at')
      .whereIn('user_ref', eitherCase(filter.roleHolderIn))
      .select('incident_id');
  }
  if ('ownerIn' in filter) {
    return db(owners.table)
      .whereIn('owner_ref', eitherCase(filter.ownerIn))
      .select(owners.key);
  }
  return db(entities.table)
    .whereIn('entity_ref', eitherCase([filter.entityIs]))
    .select(entities.key);
}

function whereMatches(
  db: Knex,
  resource: Resource,
  query: Knex.QueryBuilder,
  criteria: IncidentCriteria,
  idColumn: string,
): Knex.QueryBuilder {
  if ('allOf' in criteria) {
    return query.where(all => {
      for (const c of criteria.allOf) {
        all.andWhere(one => whereMatches(db, resource, one, c, idColumn));
      }
    });
  }
  if ('anyOf' in criteria) {
    return query.where(any => {
      for (const c of criteria.anyOf) {
        any.orWhere(one => whereMatches(db, resource, one, c, idColumn));
      }
    });
  }
  if ('not' in criteria) {
    return query.whereNot(none =>
      whereMatches(db, resource, none, criteria.not, idColumn),
    );
  }
  return query.whereIn(
    idColumn,
    idsMatching(db, resource, criteria) as Knex.QueryBuilder,
  );
}

/**
 * Keeps the rows whose incident (`idColumn`) meets the criteria, in the query itself, so
 * counts and pages are those of what the caller may see.
 */
export function whereIncidentMatches(
  db: Knex,
  query: Knex.QueryBuilder,
  criteria: IncidentCriteria | undefined,
  idColumn: string,
): Knex.QueryBuilder {
  return criteria
    ? whereMatches(db, 'incident', query, criteria, idColumn)
    : query;
}

/** The same for known errors (`idColumn` holds a known error's id). */
export function whereKnownErrorMatches(
  db: Knex,
  query: Knex.QueryBuilder,
  criteria: KnownErrorCriteria | undefined,
  idColumn: string,
): Knex.QueryBuilder {
  return criteria
    ? whereMatches(db, 'known-error', query, criteria, idColumn)
    : query;
}
