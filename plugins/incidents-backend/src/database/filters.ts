import { UNASSESSED_SEVERITY_FILTER } from '@incident-response/backstage-plugin-incidents-common';
import { Knex } from 'knex';

/** The filters every incident query shares: severities, and when impact started. */
export type SeverityAndTimeFilter = {
  /** Severity ids; `UNASSESSED_SEVERITY_FILTER` stands for no severity yet. */
  severities?: string[];
  impactStartedFrom?: string;
  impactStartedBefore?: string;
};

/**
 * Applies them to a query on a table or view with `severity` and
 * `impact_started_at` columns (the incidents, the metric facts), under `alias`.
 */
export function applySeverityAndTimeFilter(
  query: Knex.QueryBuilder,
  alias: string,
  filter: SeverityAndTimeFilter,
): void {
  if (filter.severities?.length) {
    const ids = filter.severities.filter(
      id => id !== UNASSESSED_SEVERITY_FILTER,
    );
    const unassessed = ids.length < filter.severities.length;
    query.where(inner => {
      if (ids.length) {
        inner.whereIn(`${alias}.severity`, ids);
      }
      if (unassessed) {
        inner.orWhereNull(`${alias}.severity`);
      }
    });
  }
  if (filter.impactStartedFrom) {
    query.where(
      `${alias}.impact_started_at`,
      '>=',
      Date.parse(filter.impactStartedFrom),
    );
  }
  if (filter.impactStartedBefore) {
    query.where(
      `${alias}.impact_started_at`,
      '<',
      Date.parse(filter.impactStartedBefore),
    );
  }
}
