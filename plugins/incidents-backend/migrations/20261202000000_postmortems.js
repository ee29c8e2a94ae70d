// @ts-check

/**
 * Blameless postmortems (one per incident, its sections and the timeline entries marked
 * important) and their action items (owned by a catalog group, due on a day, with the
 * reminders already sent so none is sent twice).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('postmortems', table => {
    table.comment('The postmortem of an incident, once it has been saved');
    table
      .string('incident_id', 36)
      .primary()
      .references('id')
      .inTable('incidents')
      .onDelete('CASCADE');
    table
      .string('status', 20)
      .notNullable()
      .comment('draft, in-review, approved');
    table
      .text('sections')
      .notNullable()
      .comment('JSON: section -> Markdown');
    table
      .text('important')
      .notNullable()
      .comment(
        'JSON: incident timeline entry id -> marked important or not, where an editor chose',
      );
    table.string('updated_by', 300).notNullable();
    table.bigInteger('created_at').notNullable();
    table
      .bigInteger('updated_at')
      .notNullable()
      .comment('Every save changes it: an edit from an older version is refused');
    table.bigInteger('approved_at');
    table.string('approved_by', 300);
    table.text('review_comment').comment('Why it was last sent back to draft');
  });

  await knex.schema.createTable('action_items', table => {
    table.comment('Action items of postmortems');
    table.string('id', 36).primary().comment('UUID');
    table
      .string('incident_id', 36)
      .notNullable()
      .references('id')
      .inTable('incidents')
      .onDelete('CASCADE');
    table.string('title', 200).notNullable();
    table.string('owner_ref', 300).notNullable().comment('A catalog group');
    table.string('assignee_ref', 300).comment('A catalog user');
    table
      .string('due_on', 10)
      .notNullable()
      .comment('YYYY-MM-DD, the day it is due (UTC)');
    table.string('priority', 10).notNullable();
    table.string('kind', 20).notNullable();
    table
      .string('status', 20)
      .notNullable()
      .comment('open, in-progress, done, wont-do');
    table.text('reason').comment('Why it will not be done');
    table.string('tracker_url', 2000);
    table
      .string('known_error_id', 36)
      .references('id')
      .inTable('known_errors')
      .onDelete('SET NULL');
    table.string('created_by', 300).notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.bigInteger('completed_at').comment("When it became done or won't do");
    table
      .string('completed_on', 10)
      .comment('YYYY-MM-DD of completed_at (UTC), compared with due_on');
    table
      .bigInteger('reminded_due_soon_at')
      .comment('When the owners were told it is due within a week');
    table
      .bigInteger('reminded_overdue_at')
      .comment('When the owners were told it is overdue');
    table.index(['incident_id'], 'action_items_incident_idx');
    table.index(['owner_ref', 'status', 'due_on'], 'action_items_owner_idx');
    table.index(['status', 'due_on'], 'action_items_due_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('action_items');
  await knex.schema.dropTable('postmortems');
};
