// @ts-check

/**
 * An incident may be declared before anyone knows its severity: null is "to be
 * assessed" (a reserved id could collide with a configured severity). The metric facts
 * copy the incident's severity, so they allow null too. Until it is assessed, the
 * incident's channel is reminded: `severity_reminder_due_at` is when next.
 *
 * SQLite changes a column by copying the table; with foreign keys enforced, dropping the
 * old `incidents` table would cascade to every child row. Knex switches the check off
 * around the copy, which SQLite ignores inside a transaction, so this migration runs
 * outside one.
 */
exports.config = { transaction: false };

const TABLES = ['incidents', 'incident_metric_facts'];

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  for (const name of TABLES) {
    await knex.schema.alterTable(name, table => {
      table.string('severity', 50).nullable().alter();
    });
  }
  await knex.schema.alterTable('incidents', table => {
    table
      .bigInteger('severity_reminder_due_at')
      .nullable()
      .comment(
        'When the channel is next reminded that the severity is to be assessed; null: as soon as it exists',
      );
  });
};

/**
 * Going back needs every incident assessed: no severity can be made up for them.
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  const [{ n }] = await knex('incidents')
    .whereNull('severity')
    .count({ n: '*' });
  if (Number(n) > 0) {
    throw new Error(
      `${n} incident(s) have no severity yet; set one before rolling back this migration`,
    );
  }
  await knex.schema.alterTable('incidents', table => {
    table.dropColumn('severity_reminder_due_at');
  });
  for (const name of TABLES) {
    await knex.schema.alterTable(name, table => {
      table.string('severity', 50).notNullable().alter();
    });
  }
};
