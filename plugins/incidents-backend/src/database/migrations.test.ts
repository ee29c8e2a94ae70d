import {
  migrateDownOnce,
  migrateToLatest,
  migrateUntilBefore,
  migrateUpOnce,
  rollbackAll,
} from '../__testUtils__/migrations';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

const WORKSPACE_STEPS = '20261122100000_workspace_steps.js';
const METRIC_FACTS = '20261122200000_metric_facts.js';
const KNOWN_ERRORS = '20261201000000_known_errors.js';
const UNASSESSED_SEVERITY = '20261205000000_unassessed_severity.js';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('migrations on %s', databaseId => {
  it('migrate up to the latest and all the way down again', async () => {
    const knex = await databases.init(databaseId);
    await migrateToLatest(knex);
    expect(await knex.schema.hasTable('incidents')).toBe(true);
    expect(
      await knex('incident_counters').select('name', 'value').orderBy('name'),
    ).toEqual([
      { name: 'incident_number', value: expect.anything() },
      { name: 'known_error_number', value: expect.anything() },
    ]);
    await rollbackAll(knex);
    for (const table of [
      'incidents',
      'incident_entities',
      'incident_owners',
      'incident_role_assignments',
      'incident_timeline',
      'incident_idempotency_keys',
      'incident_counters',
      'incident_metric_facts',
      'known_errors',
      'known_error_entities',
      'known_error_owners',
      'known_error_incidents',
      'known_error_history',
      'known_errors_fts',
      'known_error_search',
      'postmortems',
      'action_items',
      'incident_slack_events',
      'incident_slack_timeline_messages',
    ]) {
      expect(await knex.schema.hasTable(table)).toBe(false);
    }
  });

  it('fills the metric facts of existing incidents, leaving drills out', async () => {
    const knex = await databases.init(databaseId);
    await migrateUntilBefore(knex, METRIC_FACTS);
    const incident = (id: string, drill: boolean, mode: string) => ({
      id,
      number: id === 'a0000000-0000-4000-8000-000000000001' ? 1 : 2,
      title: 'Checkout errors',
      severity: 'SEV2',
      status: 'resolved',
      mode,
      security: false,
      drill,
      reporter_ref: 'user:default/guest',
      impact_started_at: 1_000_000,
      detected_at: 1_060_000,
      declared_at: 1_180_000,
      mitigated_at: 1_600_000,
      resolved_at: 4_600_000,
      updated_at: 4_600_000,
    });
    const live = 'a0000000-0000-4000-8000-000000000001';
    const drill = 'a0000000-0000-4000-8000-000000000002';
    await knex('incidents').insert([
      incident(live, false, 'live'),
      incident(drill, true, 'retrospective'),
    ]);
    for (const id of [live, drill]) {
      await knex('incident_entities').insert({
        incident_id: id,
        entity_ref: 'component:default/checkout-web',
        position: 0,
      });
      await knex('incident_owners').insert({
        incident_id: id,
        owner_ref: 'group:default/storefront-team',
      });
    }

    await migrateUpOnce(knex, METRIC_FACTS);

    const facts = await knex('incident_metric_facts')
      .select(
        'scope_type',
        'scope_ref',
        'incident_id',
        'ttd_ms',
        'ttm_ms',
        'ttr_ms',
        'time_to_declare_ms',
      )
      .orderBy('scope_type');
    expect(
      facts.map(f => ({
        ...f,
        ttd_ms: Number(f.ttd_ms),
        ttm_ms: Number(f.ttm_ms),
        ttr_ms: Number(f.ttr_ms),
        time_to_declare_ms: Number(f.time_to_declare_ms),
      })),
    ).toEqual([
      {
        scope_type: 'all',
        scope_ref: '',
        incident_id: live,
        ttd_ms: 60_000,
        ttm_ms: 600_000,
        ttr_ms: 3_600_000,
        time_to_declare_ms: 120_000,
      },
      {
        scope_type: 'entity',
        scope_ref: 'component:default/checkout-web',
        incident_id: live,
        ttd_ms: 60_000,
        ttm_ms: 600_000,
        ttr_ms: 3_600_000,
        time_to_declare_ms: 120_000,
      },
      {
        scope_type: 'owner',
        scope_ref: 'group:default/storefront-team',
        incident_id: live,
        ttd_ms: 60_000,
        ttm_ms: 600_000,
        ttr_ms: 3_600_000,
        time_to_declare_ms: 120_000,
      },
    ]);
  });

  it('adds incident_steps, one row per incident and key, and removes it on the way down', async () => {
    const knex = await databases.init(databaseId);
    await migrateUntilBefore(knex, WORKSPACE_STEPS);
    await knex('incidents').insert({
      id: '00000000-0000-4000-8000-000000000001',
      number: 1,
      title: 'Checkout is down',
      severity: 'SEV1',
      status: 'active',
      mode: 'live',
      security: false,
      drill: false,
      reporter_ref: 'user:default/guest',
      impact_started_at: 1,
      declared_at: 1,
      updated_at: 1,
    });
    await migrateUpOnce(knex, WORKSPACE_STEPS);

    const step = {
      incident_id: '00000000-0000-4000-8000-000000000001',
      key: 'slack.channel',
      status: 'pending',
      next_attempt_at: 1,
      depends_on: '[]',
      waits_for: '[]',
      requested_by: 'user:default/guest',
      created_at: 1,
      updated_at: 1,
    };
    await knex('incident_steps').insert(step);
    // Compared by code: the SQLite driver's error class may come from another test
    // file's module registry, so instanceof Error does not hold for it here.
    const duplicate = await knex('incident_steps')
      .insert(step)
      .then(
        () => 'inserted',
        error => String(error.code),
      );
    expect(duplicate).toMatch(/^(SQLITE_CONSTRAINT_UNIQUE|23505)$/);
    const [row] = await knex('incident_steps').select(
      'attempts',
      'retried_at_attempt',
      'lease_owner',
    );
    expect(row).toEqual({
      attempts: 0,
      retried_at_attempt: 0,
      lease_owner: null,
    });

    await migrateDownOnce(knex, WORKSPACE_STEPS);
    expect(await knex.schema.hasTable('incident_steps')).toBe(false);
    expect(await knex('incidents').count({ n: '*' })).toEqual([
      { n: expect.anything() },
    ]);
  });

  it('adds the known-error database and its full-text index, and removes them on the way down', async () => {
    const knex = await databases.init(databaseId);
    await migrateUntilBefore(knex, KNOWN_ERRORS);
    await migrateUpOnce(knex, KNOWN_ERRORS);
    expect(await knex.schema.hasTable('known_errors')).toBe(true);
    const fullTextIndex =
      knex.client.config.client === 'pg'
        ? await knex.schema.hasTable('known_error_search')
        : await knex.schema.hasTable('known_errors_fts');
    expect(fullTextIndex).toBe(true);
    await migrateDownOnce(knex, KNOWN_ERRORS);
    expect(await knex.schema.hasTable('known_errors')).toBe(false);
    expect(await knex.schema.hasTable('known_errors_fts')).toBe(false);
    expect(await knex.schema.hasTable('known_error_search')).toBe(false);
    expect(await knex('incident_counters').select('name')).toEqual([
      { name: 'incident_number' },
    ]);
  });
  it('lets an incident and its metric facts have no severity, keeping every row that refers to the incidents', async () => {
    const knex = await databases.init(databaseId);
    await migrateUntilBefore(knex, UNASSESSED_SEVERITY);
    const assessed = 'c0000000-0000-4000-8000-000000000001';
    const unassessed = 'c0000000-0000-4000-8000-000000000002';
    const incident = (id: string, number: number, severity: string | null) => ({
      id,
      number,
      title: 'Checkout errors',
      severity,
      status: 'active',
      mode: 'live',
      security: false,
      drill: false,
      reporter_ref: 'user:default/guest',
      impact_started_at: 1,
      declared_at: 1,
      updated_at: 1,
    });
    await knex('incidents').insert(incident(assessed, 1, 'SEV2'));
    await knex('incident_entities').insert({
      incident_id: assessed,
      entity_ref: 'component:default/checkout-web',
      position: 0,
    });
    await knex('incident_metric_facts').insert({
      scope_type: 'all',
      scope_ref: '',
      incident_id: assessed,
      impact_started_at: 1,
      severity: 'SEV2',
    });

    await migrateUpOnce(knex, UNASSESSED_SEVERITY);

    await knex('incidents').insert(incident(unassessed, 2, null));
    await knex('incident_metric_facts').insert({
      scope_type: 'all',
      scope_ref: '',
      incident_id: unassessed,
      impact_started_at: 1,
      severity: null,
    });
    expect(
      await knex('incident_entities').select('incident_id', 'entity_ref'),
    ).toEqual([
      { incident_id: assessed, entity_ref: 'component:default/checkout-web' },
    ]);
    await expect(migrateDownOnce(knex, UNASSESSED_SEVERITY)).rejects.toThrow(
      '1 incident(s) have no severity yet',
    );

    await knex('incidents')
      .where({ id: unassessed })
      .update({ severity: 'SEV3' });
    await knex('incident_metric_facts')
      .where({ incident_id: unassessed })
      .update({ severity: 'SEV3' });
    await migrateDownOnce(knex, UNASSESSED_SEVERITY);
    for (const table of ['incidents', 'incident_metric_facts']) {
      expect(await knex(table).columnInfo('severity')).toMatchObject({
        nullable: false,
      });
    }
    expect(
      await knex.schema.hasColumn('incidents', 'severity_reminder_due_at'),
    ).toBe(false);
    expect(
      Number((await knex('incident_metric_facts').count({ n: '*' }))[0].n),
    ).toBe(2);
    expect(
      Number((await knex('incident_entities').count({ n: '*' }))[0].n),
    ).toBe(1);
  });
});
