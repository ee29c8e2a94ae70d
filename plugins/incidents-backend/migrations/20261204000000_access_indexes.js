// @ts-check

/**
 * What the read rules look up on every list: the few security incidents, and the
 * incidents a user holds a role on (the safe default and the HAS_ROLE_HOLDER rule).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('incidents', table => {
    table.index(['security'], 'incidents_security_idx');
  });
  await knex.schema.alterTable('incident_role_assignments', table => {
    table.index(
      ['user_ref', 'incident_id'],
      'incident_role_assignments_user_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('incident_role_assignments', table => {
    table.dropIndex(
      ['user_ref', 'incident_id'],
      'incident_role_assignments_user_idx',
    );
  });
  await knex.schema.alterTable('incidents', table => {
    table.dropIndex(['security'], 'incidents_security_idx');
  });
};
