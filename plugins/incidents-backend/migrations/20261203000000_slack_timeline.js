// @ts-check

/**
 * What Slack sends to be put on a timeline: each event received (kept before Slack is
 * answered, so an event is handled even when the process stops right after answering,
 * and handled once however often Slack sends it), and which Slack messages are on which
 * timeline entry (a message is on an incident's timeline once, pinned or marked).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('incident_slack_events', table => {
    table.comment('Slack events received for incident timelines');
    table
      .string('event_id', 64)
      .primary()
      .comment("Slack's event_id, the same on every delivery of the event");
    table
      .string('type', 40)
      .notNullable()
      .comment('pin_added, reaction_added...');
    table.text('payload').notNullable().comment('JSON: the event callback');
    table.bigInteger('received_at').notNullable();
    table.integer('attempts').notNullable().defaultTo(0);
    table
      .bigInteger('leased_until')
      .comment('A replica handling it holds it until then');
    table.text('last_error');
    table
      .bigInteger('handled_at')
      .comment('Set in the transaction that wrote its timeline entry, if any');
    table.index(
      ['handled_at', 'received_at'],
      'incident_slack_events_open_idx',
    );
  });

  await knex.schema.createTable('incident_slack_timeline_messages', table => {
    table.comment('Slack messages on an incident timeline, until taken off');
    table.string('channel_id', 40).notNullable();
    table.string('message_ts', 40).notNullable();
    table
      .string('incident_id', 36)
      .notNullable()
      .references('id')
      .inTable('incidents')
      .onDelete('CASCADE');
    table
      .bigInteger('entry_id')
      .notNullable()
      .comment('The timeline entry that holds the message');
    table
      .string('saved_with', 10)
      .notNullable()
      .comment('pin or reaction: only the same way takes it off');
    table.primary(['channel_id', 'message_ts']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('incident_slack_timeline_messages');
  await knex.schema.dropTable('incident_slack_events');
};
