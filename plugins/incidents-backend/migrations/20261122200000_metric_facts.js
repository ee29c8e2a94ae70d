// @ts-check

/**
 * Metric facts: one narrow row per incident and scope (every incident, each affected
 * entity, each owner) holding the incident's durations, so the metrics of an entity, a
 * team or the whole organisation are read from one covering index instead of joining
 * and computing over the incidents table. Drills have no facts. The store keeps the rows
 * in step with their incident; this migration fills them for incidents that exist.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('incident_metric_facts', table => {
    table.comment(
      'Durations per incident and scope, for metrics at scale; derived from incidents',
    );
    table
      .string('scope_type', 10)
      .notNullable()
      .comment('all, entity or owner');
    table
      .string('scope_ref', 300)
      .notNullable()
      .comment('The entity or owner ref; empty for all');
    table
      .string('incident_id', 36)
      .notNullable()
      .references('id')
      .inTable('incidents')
      .onDelete('CASCADE');
    table.bigInteger('impact_started_at').notNullable();
    table.string('severity', 50).notNullable();
    table.bigInteger('ttd_ms').comment('detected_at - impact_started_at');
    table.bigInteger('ttm_ms').comment('mitigated_at - impact_started_at');
    table.bigInteger('ttr_ms').comment('resolved_at - impact_started_at');
    table
      .bigInteger('time_to_declare_ms')
      .comment('declared_at - detected_at, live incidents only');
    table.primary(['scope_type', 'scope_ref', 'incident_id']);
    table.index(
      [
        'scope_type',
        'scope_ref',
        'impact_started_at',
        'severity',
        'ttd_ms',
        'ttm_ms',
        'ttr_ms',
        'time_to_declare_ms',
      ],
      'incident_metric_facts_scope_idx',
    );
    table.index(['incident_id'], 'incident_metric_facts_incident_idx');
  });

  // The same derivation as the store's, frozen here as migrations are.
  await knex.raw(
    `
    insert into incident_metric_facts (scope_type, scope_ref, incident_id,
      impact_started_at, severity, ttd_ms, ttm_ms, ttr_ms, time_to_declare_ms)
    select s.scope_type, s.scope_ref, i.id, i.impact_started_at, i.severity,
      i.detected_at - i.impact_started_at,
      i.mitigated_at - i.impact_started_at,
      i.resolved_at - i.impact_started_at,
      case when i.mode = 'live' then i.declared_at - i.detected_at end
    from incidents i
    join (
      select 'all' as scope_type, '' as scope_ref, id as incident_id from incidents
      union all
      select 'entity', entity_ref, incident_id from incident_entities
      union all
      select 'owner', owner_ref, incident_id from incident_owners
    ) s on s.incident_id = i.id
    where i.drill = ?`,
    [false],
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('incident_metric_facts');
};
