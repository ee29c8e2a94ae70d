import { Knex } from 'knex';
import { IncidentCriteria, IncidentFilter } from '../lib/incidentAccess';
import { KnownErrorCriteria } from '../lib/knownErrorAccess';

/** Where the facts the filters read are, for each kind of resource. */
const RESOURCES = {
  incident: {
    owners: { table: 'incident_owners', key: 'incident_id' },
    entities: { table: 'incident_entities', key: 'incident_id' },
  },
  'known-error': {
    owners: { table: 'known_error_owners', key: 'known_error_id' },
    entities: { table: 'known_error_entities', key: 'known_error_id' },
  },
} as const;

type Resource = keyof typeof RESOURCES;

/** A filter as the queries apply it: the rules' filters, and ids worked out beforehand. */
type SqlFilter = IncidentFilter | { idIn: string[] };
type SqlCriteria =
  | SqlFilter
  | { allOf: SqlCriteria[] }
  | { anyOf: SqlCriteria[] }
  | { not: SqlCriteria };

/**
 * Criteria ready for the queries: `undefined` keeps every row, `false` none. Computed once
 * per request, before its queries are built.
 */
export type ResolvedCriteria = SqlCriteria | undefined | false;

/**
 * The refs as given and lowercased: the catalog lowercases relation targets (group
 * memberships), while refs written elsewhere keep the case of entity names.
 */
const eitherCase = (refs: string[]) => [
  ...new Set([...refs, ...refs.map(ref => ref.toLocaleLowerCase('en-US'))]),
];

const isNotSecurity = (c: IncidentCriteria) =>
  'not' in c && 'security' in c.not;

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

/**
 * Where the rows' incident is: its id column, and its `security` column when the query
 * reads the incidents table itself.
 */
type IncidentColumns = { idColumn: string; securityColumn?: string };

function whereMatches(
  db: Knex,
  resource: Resource,
  query: Knex.QueryBuilder,
  criteria: SqlCriteria,
  columns: IncidentColumns,
): Knex.QueryBuilder {
  if ('allOf' in criteria) {
    return query.where(all => {
      for (const c of criteria.allOf) {
        all.andWhere(one => whereMatches(db, resource, one, c, columns));
      }
    });
  }
  if ('anyOf' in criteria) {
    return query.where(any => {
      for (const c of criteria.anyOf) {
        any.orWhere(one => whereMatches(db, resource, one, c, columns));
      }
    });
  }
  if ('not' in criteria) {
    return query.whereNot(none =>
      whereMatches(db, resource, none, criteria.not, columns),
    );
  }
  if ('idIn' in criteria) {
    return query.whereIn(columns.idColumn, criteria.idIn);
  }
  if ('security' in criteria && columns.securityColumn) {
    return query.where(columns.securityColumn, true);
  }
  return query.whereIn(
    columns.idColumn,
    idsMatching(db, resource, criteria) as Knex.QueryBuilder,
  );
}

/**
 * Readies incident criteria for the queries. "Not a security incident, or ..." (the safe
 * default, and what service principals see) is worked out on the few security
 * incidents first and becomes "not one of these ids": a condition every row would check
 * against subqueries turns the planners from the indexes the page and count queries use
 * to reading every incident.
 */
export async function resolveIncidentCriteria(
  db: Knex,
  criteria: IncidentCriteria | undefined,
): Promise<ResolvedCriteria> {
  if (!criteria) {
    return undefined;
  }
  if ('allOf' in criteria) {
    const parts = await Promise.all(
      criteria.allOf.map(c => resolveIncidentCriteria(db, c)),
    );
    if (parts.includes(false)) {
      return false;
    }
    const kept = parts.filter((p): p is SqlCriteria => p !== undefined);
    return kept.length === 0 ? undefined : { allOf: kept };
  }
  if ('anyOf' in criteria || isNotSecurity(criteria)) {
    const options = 'anyOf' in criteria ? criteria.anyOf : [criteria];
    if (options.some(isNotSecurity)) {
      const others = options.filter(c => !isNotSecurity(c));
      // The security incidents none of the other options lets through.
      const hiddenQuery = db('incidents').where('security', true).select('id');
      if (others.length > 0) {
        const othersResolved = await resolveIncidentCriteria(db, {
          anyOf: others,
        } as IncidentCriteria);
        if (othersResolved === undefined) {
          return undefined;
        }
        if (othersResolved !== false) {
          hiddenQuery.whereNot(none =>
            whereMatches(db, 'incident', none, othersResolved, {
              idColumn: 'incidents.id',
              securityColumn: 'incidents.security',
            }),
          );
        }
      }
      const hidden = (await hiddenQuery).map((row: { id: string }) => row.id);
      return hidden.length === 0 ? undefined : { not: { idIn: hidden } };
    }
    const parts = await Promise.all(
      options.map(c => resolveIncidentCriteria(db, c)),
    );
    if (parts.includes(undefined)) {
      return undefined;
    }
    const kept = parts.filter((p): p is SqlCriteria => p !== false);
    return kept.length === 0 ? false : { anyOf: kept };
  }
  if ('not' in criteria) {
    const inner = await resolveIncidentCriteria(db, criteria.not);
    if (inner === undefined) {
      return false;
    }
    return inner === false ? undefined : { not: inner };
  }
  return criteria;
}

/**
 * Keeps the rows whose incident (`idColumn`, and `securityColumn` when the query reads
 * the incidents table) meets the resolved criteria, in the query itself, so counts and
 * pages are those of what the caller may see.
 */
export function whereIncidentMatches(
  db: Knex,
  query: Knex.QueryBuilder,
  criteria: ResolvedCriteria,
  idColumn: string,
  securityColumn?: string,
): Knex.QueryBuilder {
  if (criteria === false) {
    return query.whereRaw('1 = 0');
  }
  return criteria
    ? whereMatches(db, 'incident', query, criteria, {
        idColumn,
        securityColumn,
      })
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
    ? whereMatches(db, 'known-error', query, criteria, { idColumn })
    : query;
}
