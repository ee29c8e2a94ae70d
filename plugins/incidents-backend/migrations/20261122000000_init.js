// @ts-check

/**
 * Incidents, their affected entities and owners, role assignments, the append-only
 * timeline, the declare idempotency keys and the incident number counter. Times are
 * epoch milliseconds (bigint) so that durations are plain subtraction on SQLite and
 * PostgreSQL alike.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('incidents', table => {
    table.comment('Incidents declared in Backstage');
    table.string('id', 36).primary().comment('UUID');
    table
      .integer('number')
      .notNullable()
      .unique({ indexName: 'incidents_number_uniq' })
      .comment('Gap-free human number: INC-<number>');
    table.string('title', 200).notNullable();
    table.text('description');
    table.text('summary');
    table.text('impact');
    table.string('severity', 50).notNullable();
    table
      .string('status', 20)
      .notNullable()
      .comment('active, mitigated, resolved, closed');
    table.string('mode', 20).notNullable().comment('live or retrospective');
    table.boolean('security').notNullable().defaultTo(false);
    table
      .boolean('drill')
      .notNullable()
      .defaultTo(false)
      .comment('Exercises are left out of metrics');
    table.string('reporter_ref', 300).notNullable();
    table.bigInteger('impact_started_at').notNullable();
    table.bigInteger('detected_at');
    table.bigInteger('declared_at').notNullable();
    table.bigInteger('mitigated_at');
    table.bigInteger('resolved_at');
    table.bigInteger('closed_at');
    table.bigInteger('updated_at').notNullable();
    table.index(['impact_started_at', 'number'], 'incidents_started_idx');
    table.index(['status', 'impact_started_at'], 'incidents_status_idx');
  });

  await knex.schema.createTable('incident_entities', table => {
    table.comment(
      'Catalog entities an incident affects; position 0 is the primary one',
    );
    table
      .string('incident_id', 36)
      .notNullable()
      .references('id')
      .inTable('incidents')
      .onDelete('CASCADE');
    table
      .string('entity_ref', 300)
      .notNullable()
      .comment('Lower-case entity ref');
    table.integer('position').notNullable();
    table.primary(['incident_id', 'entity_ref']);
    table.index(['entity_ref', 'incident_id'], 'incident_entities_ref_idx');
  });

  await knex.schema.createTable('incident_owners', table => {
    table.comment(
      'Owners of the affected entities, from the catalog at declare time',
    );
    table
      .string('incident_id', 36)
      .notNullable()
      .references('id')
      .inTable('incidents')
      .onDelete('CASCADE');
    table
      .string('owner_ref', 300)
      .notNullable()
      .comment('Lower-case entity ref');
    table.primary(['incident_id', 'owner_ref']);
    table.index(['owner_ref', 'incident_id'], 'incident_owners_ref_idx');
  });

  await knex.schema.createTable('incident_role_assignments', table => {
    table.comment(
      'Who held which role when; the current holder has ended_at null',
    );
    table.bigIncrements('id');
    table
      .string('incident_id', 36)
      .notNullable()
      .references('id')
      .inTable('incidents')
      .onDelete('CASCADE');
    table.string('role', 50).notNullable();
    table.string('user_ref', 300).notNullable();
    table.string('assigned_by_ref', 300).notNullable();
    table.text('note').comment('Handoff note');
    table.bigInteger('assigned_at').notNullable();
    table.bigInteger('ended_at');
    table.index(['incident_id', 'role'], 'incident_role_assignments_role_idx');
  });

  await knex.schema.createTable('incident_timeline', table => {
    table.comment('Append-only timeline; rows are never updated or deleted');
    table.bigIncrements('id');
    table
      .string('incident_id', 36)
      .notNullable()
      .references('id')
      .inTable('incidents')
      .onDelete('CASCADE');
    table.string('kind', 50).notNullable();
    table.text('body').notNullable();
    table.string('author_ref', 300).notNullable();
    table.boolean('automatic').notNullable();
    table.bigInteger('corrects_id').comment('The entry this one corrects');
    table.text('data').comment('JSON details of automatic entries');
    table.bigInteger('occurred_at').notNullable();
    table.bigInteger('created_at').notNullable();
    table.index(
      ['incident_id', 'occurred_at'],
      'incident_timeline_incident_idx',
    );
  });

  await knex.schema.createTable('incident_idempotency_keys', table => {
    table.comment('Idempotency-Key of declare requests, per caller');
    table.string('actor_ref', 300).notNullable();
    table.string('key', 200).notNullable();
    table
      .string('request_hash', 64)
      .notNullable()
      .comment('SHA-256 of the request body');
    table
      .string('incident_id', 36)
      .notNullable()
      .references('id')
      .inTable('incidents')
      .onDelete('CASCADE');
    table.bigInteger('created_at').notNullable();
    table.primary(['actor_ref', 'key']);
  });

  await knex.schema.createTable('incident_counters', table => {
    table.comment(
      'Counters incremented inside the declaring transaction, so numbers have no gaps',
    );
    table.string('name', 50).primary();
    table.bigInteger('value').notNullable();
  });
  await knex('incident_counters').insert({ name: 'incident_number', value: 0 });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('incident_counters');
  await knex.schema.dropTable('incident_idempotency_keys');
  await knex.schema.dropTable('incident_timeline');
  await knex.schema.dropTable('incident_role_assignments');
  await knex.schema.dropTable('incident_owners');
  await knex.schema.dropTable('incident_entities');
  await knex.schema.dropTable('incidents');
};
