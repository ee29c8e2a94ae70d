import { Knex } from 'knex';

/** Fields whose change changes an incident's metric facts. */
export const METRIC_FACT_FIELDS = new Set([
  'severity',
  'impactStartedAt',
  'detectedAt',
  'mitigatedAt',
  'resolvedAt',
]);

/**
 * Rewrites the metric facts of one incident (or of every incident) from the incident
 * rows, entities and owners, inside the transaction that changed them.
 */
export async function refreshMetricFacts(
  db: Knex | Knex.Transaction,
  incidentId?: string,
): Promise<void> {
  const only = (column: string) => (incidentId ? `where ${column} = ?` : '');
  const ids = incidentId ? [incidentId, incidentId, incidentId] : [];
  await (incidentId
    ? db('incident_metric_facts').where({ incident_id: incidentId }).delete()
    : db('incident_metric_facts').delete());
  await db.raw(
    `insert into incident_metric_facts (scope_type, scope_ref, incident_id,
       impact_started_at, severity, ttd_ms, ttm_ms, ttr_ms, time_to_declare_ms)
     select s.scope_type, s.scope_ref, i.id, i.impact_started_at, i.severity,
       i.detected_at - i.impact_started_at,
       i.mitigated_at - i.impact_started_at,
       i.resolved_at - i.impact_started_at,
       case when i.mode = 'live' then i.declared_at - i.detected_at end
     from incidents i
     join (
       select 'all' as scope_type, '' as scope_ref, id as incident_id
         from incidents ${only('id')}
       union all
       select 'entity', entity_ref, incident_id
         from incident_entities ${only('incident_id')}
       union all
       select 'owner', owner_ref, incident_id
         from incident_owners ${only('incident_id')}
     ) s on s.incident_id = i.id
     where i.drill = ?`,
    [...ids, false],
  );
}
