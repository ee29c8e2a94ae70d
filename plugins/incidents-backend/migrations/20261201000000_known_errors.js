// @ts-check

/**
 * The known-error database: known errors, the catalog entities they affect and their
 * owners, the incidents they caused (many to many), their history, a counter for their
 * numbers (`KE-<n>`), a full-text index of their texts and how many contain each word. The index stores the words'
 * forms the plugin computes (accents folded, English and French stems), so SQLite's
 * FTS5 and PostgreSQL's tsvector index the same tokens.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('known_errors', table => {
    table.comment(
      'Known errors: problems analysed and not yet resolved, with their workarounds',
    );
    table.string('id', 36).primary().comment('UUID');
    table
      .integer('number')
      .notNullable()
      .unique({ indexName: 'known_errors_number_uniq' })
      .comment('Gap-free human number: KE-<number>');
    table.string('title', 200).notNullable();
    table.text('symptoms').notNullable().comment('What people see (Markdown)');
    table.text('root_cause');
    table.text('workaround').comment('Markdown');
    table.text('permanent_fix').comment('What will remove it (Markdown)');
    table.string('fix_url', 2000).comment('Tracker issue or change of the fix');
    table
      .string('status', 20)
      .notNullable()
      .comment('investigating, workaround, fix-in-progress, fixed, retired');
    table
      .integer('incident_count')
      .notNullable()
      .defaultTo(0)
      .comment('Linked incidents, kept with the links');
    table
      .bigInteger('last_seen_at')
      .comment('When the impact of the latest linked incident started');
    table.string('created_by', 300).notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.index(['status'], 'known_errors_status_idx');
  });

  await knex.schema.createTable('known_error_entities', table => {
    table.comment('Catalog entities a known error affects, in the order given');
    table
      .string('known_error_id', 36)
      .notNullable()
      .references('id')
      .inTable('known_errors')
      .onDelete('CASCADE');
    table.string('entity_ref', 300).notNullable();
    table.integer('position').notNullable();
    table.primary(['known_error_id', 'entity_ref']);
    table.index(['entity_ref'], 'known_error_entities_ref_idx');
  });

  await knex.schema.createTable('known_error_owners', table => {
    table.comment('Owners of the affected entities, from the catalog');
    table
      .string('known_error_id', 36)
      .notNullable()
      .references('id')
      .inTable('known_errors')
      .onDelete('CASCADE');
    table.string('owner_ref', 300).notNullable();
    table.primary(['known_error_id', 'owner_ref']);
    table.index(['owner_ref'], 'known_error_owners_ref_idx');
  });

  await knex.schema.createTable('known_error_incidents', table => {
    table.comment('Incidents a known error caused');
    table
      .string('known_error_id', 36)
      .notNullable()
      .references('id')
      .inTable('known_errors')
      .onDelete('CASCADE');
    table
      .string('incident_id', 36)
      .notNullable()
      .references('id')
      .inTable('incidents')
      .onDelete('CASCADE');
    table.string('linked_by', 300).notNullable();
    table.bigInteger('linked_at').notNullable();
    table.primary(['known_error_id', 'incident_id']);
    table.index(['incident_id'], 'known_error_incidents_incident_idx');
  });

  await knex.schema.createTable('known_error_history', table => {
    table.comment('Every change of a known error: who, when, what');
    table.bigIncrements('id');
    table
      .string('known_error_id', 36)
      .notNullable()
      .references('id')
      .inTable('known_errors')
      .onDelete('CASCADE');
    table
      .string('kind', 30)
      .notNullable()
      .comment(
        'created, updated, status-changed, incident-linked, incident-unlinked',
      );
    table.string('actor_ref', 300).notNullable();
    table.bigInteger('at').notNullable();
    table.text('changes').comment('JSON: field -> { from, to }');
    table.string('incident_id', 36);
    table.integer('incident_number');
    table.index(['known_error_id', 'id'], 'known_error_history_ke_idx');
  });

  await knex.schema.createTable('known_error_words', table => {
    table.comment(
      'How many known errors contain each word form: the rarity the ranking of suggestions gives words, the same on every database',
    );
    table.string('form', 200).primary();
    table.integer('documents').notNullable();
  });

  // The full-text index, in a narrow table of its own, so that ranking the matches of a
  // search reads only ids, statuses and indexed words: its id and status are kept
  // alongside, so a search needs no join.
  if (knex.client.config.client === 'pg') {
    await knex.schema.createTable('known_error_search', table => {
      table.comment('Full-text index of known errors (PostgreSQL)');
      table
        .string('id', 36)
        .primary()
        .references('id')
        .inTable('known_errors')
        .onDelete('CASCADE');
      table.integer('number').notNullable();
      table.string('status', 20).notNullable();
      table.specificType('search_vector', 'tsvector').notNullable();
    });
    await knex.raw(
      'create index known_error_search_idx on known_error_search using gin (search_vector)',
    );
  } else {
    // rowid is the known error's number. unicode61 splits on the spaces between the
    // forms the plugin indexes.
    await knex.raw(
      "create virtual table known_errors_fts using fts5(title, symptoms, root_cause, workaround, id unindexed, status unindexed, tokenize = 'unicode61')",
    );
  }

  await knex('incident_counters').insert({
    name: 'known_error_number',
    value: 0,
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex('incident_counters').where({ name: 'known_error_number' }).del();
  if (knex.client.config.client === 'pg') {
    await knex.schema.dropTable('known_error_search');
  } else {
    await knex.raw('drop table known_errors_fts');
  }
  await knex.schema.dropTable('known_error_words');
  await knex.schema.dropTable('known_error_history');
  await knex.schema.dropTable('known_error_incidents');
  await knex.schema.dropTable('known_error_owners');
  await knex.schema.dropTable('known_error_entities');
  await knex.schema.dropTable('known_errors');
};
