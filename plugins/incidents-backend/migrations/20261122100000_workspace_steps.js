// @ts-check

/**
 * Workspace steps: the Slack and Google Workspace actions done for an incident (channel,
 * Meet, postmortem doc, tracking sheet, messages). They are written in the same
 * transaction as the change that calls for them (a transactional outbox) and executed
 * by a worker that leases each row, so several replicas run each step once. Times are
 * epoch milliseconds, like the other tables.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('incident_steps', table => {
    table.comment(
      'Workspace steps of incidents (outbox rows executed by the workspace worker)',
    );
    table.bigIncrements('id');
    table
      .string('incident_id', 36)
      .notNullable()
      .references('id')
      .inTable('incidents')
      .onDelete('CASCADE');
    table
      .string('key', 100)
      .notNullable()
      .comment(
        'Step kind, plus :<sequence> for follow-ups (slack.status-update:12)',
      );
    table
      .string('status', 20)
      .notNullable()
      .comment('pending, running, succeeded, failed, skipped');
    table
      .integer('attempts')
      .notNullable()
      .defaultTo(0)
      .comment('Attempts started so far, including one running');
    table
      .integer('retried_at_attempt')
      .notNullable()
      .defaultTo(0)
      .comment(
        'Value of attempts when the step was last retried by hand; the attempt limit counts from here',
      );
    table
      .bigInteger('next_attempt_at')
      .notNullable()
      .comment('A pending step is not run before this time (backoff)');
    table
      .string('lease_owner', 200)
      .comment('The worker running the step; results are only written by it');
    table
      .bigInteger('lease_until')
      .comment(
        'When the lease of a running step expires and another worker may take it over',
      );
    table.text('last_error').comment('Why the last attempt failed');
    table.text('skip_reason').comment('Why a skipped step is skipped');
    table
      .text('result')
      .comment(
        'JSON: ids and links made so far, written the moment each exists',
      );
    table
      .text('input')
      .comment(
        'JSON: the event a follow-up step reports (status change, role change)',
      );
    table
      .text('depends_on')
      .notNullable()
      .comment(
        'JSON array of step keys that must succeed (or be skipped) first',
      );
    table
      .text('waits_for')
      .notNullable()
      .comment(
        'JSON array of step keys to wait for until they succeed, are skipped or have failed once',
      );
    table
      .string('requested_by', 300)
      .notNullable()
      .comment('Who caused the step: declarer, editor or retrier');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.unique(['incident_id', 'key'], {
      indexName: 'incident_steps_incident_key_uniq',
    });
    table.index(['status', 'next_attempt_at'], 'incident_steps_due_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('incident_steps');
};
