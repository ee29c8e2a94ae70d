import { Knex } from 'knex';

/** The filters every incident query shares: severities, and when impact started. */
export type SeverityAndTimeFilter = {
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
    query.whereIn(`${alias}.severity`, filter.severities);
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
