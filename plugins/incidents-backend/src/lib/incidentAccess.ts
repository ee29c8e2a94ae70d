import {
  Incident,
  INCIDENT_RESOURCE_TYPE,
} from '@incident-response/backstage-plugin-incidents-common';
import {
  PermissionCriteria,
  PermissionCondition,
} from '@backstage/plugin-permission-common';
import {
  createConditionTransformer,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { z } from 'zod';

/**
 * What decides whether someone sees an incident, as the permission rules and the safe
 * default for security incidents say it; the stores turn it into SQL, the use cases
 * check it on one incident.
 */
export type IncidentFilter =
  | { security: true }
  | { roleHolderIn: string[] }
  | { ownerIn: string[] }
  | { entityIs: string };

export type IncidentCriteria = PermissionCriteria<IncidentFilter>;

/** The facts of an incident its access depends on. */
export type IncidentAccessFacts = Pick<
  Incident,
  'id' | 'number' | 'security' | 'ownerRefs' | 'entityRefs'
> & {
  /** Who holds a role on it now. */
  roleHolderRefs: string[];
};

export function accessFactsOf(
  incident: Pick<
    Incident,
    'id' | 'number' | 'security' | 'ownerRefs' | 'entityRefs'
  > & {
    roles: { userRef: string }[];
  },
): IncidentAccessFacts {
  return {
    id: incident.id,
    number: incident.number,
    security: incident.security,
    ownerRefs: incident.ownerRefs,
    entityRefs: incident.entityRefs,
    roleHolderRefs: incident.roles.map(role => role.userRef),
  };
}

/** Whether any of `refs` is one of `claims` (entity refs compare without case). */
export const intersects = (refs: string[], claims: string[]) => {
  const wanted = new Set(claims.map(claim => claim.toLocaleLowerCase('en-US')));
  return refs.some(ref => wanted.has(ref.toLocaleLowerCase('en-US')));
};

function filterMatches(
  filter: IncidentFilter,
  incident: IncidentAccessFacts,
): boolean {
  if ('security' in filter) {
    return incident.security;
  }
  if ('roleHolderIn' in filter) {
    return intersects(incident.roleHolderRefs, filter.roleHolderIn);
  }
  if ('ownerIn' in filter) {
    return intersects(incident.ownerRefs, filter.ownerIn);
  }
  return intersects(incident.entityRefs, [filter.entityIs]);
}

/** Whether criteria hold for one incident (the stores apply them in SQL for many). */
export function incidentMatches(
  criteria: IncidentCriteria,
  incident: IncidentAccessFacts,
): boolean {
  if ('allOf' in criteria) {
    return criteria.allOf.every(c => incidentMatches(c, incident));
  }
  if ('anyOf' in criteria) {
    return criteria.anyOf.some(c => incidentMatches(c, incident));
  }
  if ('not' in criteria) {
    return !incidentMatches(criteria.not, incident);
  }
  return filterMatches(criteria, incident);
}

/** Both criteria; undefined means no restriction. */
export function bothCriteria(
  a: IncidentCriteria | undefined,
  b: IncidentCriteria | undefined,
): IncidentCriteria | undefined {
  if (!a || !b) {
    return a ?? b;
  }
  return { allOf: [a, b] };
}

/** The incident resource of the permission framework: its ref is the incident's id. */
export const incidentPermissionResourceRef = createPermissionResourceRef<
  IncidentAccessFacts,
  IncidentFilter
>().with({ pluginId: 'incidents', resourceType: INCIDENT_RESOURCE_TYPE });

const claims = z
  .array(z.string())
  .describe(
    "Entity refs to match, usually the user's ownership refs (the user and their groups)",
  );

/** @public */
export const isSecurityIncident = createPermissionRule({
  name: 'IS_SECURITY_INCIDENT',
  description: 'Allow security and privacy incidents',
  resourceRef: incidentPermissionResourceRef,
  apply: incident => incident.security,
  toQuery: () => ({ security: true as const }),
});

/** @public */
export const hasRoleHolder = createPermissionRule({
  name: 'HAS_ROLE_HOLDER',
  description: 'Allow incidents on which one of the given users holds a role',
  resourceRef: incidentPermissionResourceRef,
  paramsSchema: z.object({ claims }),
  apply: (incident, { claims: refs }) =>
    intersects(incident.roleHolderRefs, refs),
  toQuery: ({ claims: refs }) => ({ roleHolderIn: refs }),
});

/** @public */
export const hasOwner = createPermissionRule({
  name: 'HAS_OWNER',
  description:
    'Allow incidents owned by one of the given groups (the owners of what they affect)',
  resourceRef: incidentPermissionResourceRef,
  paramsSchema: z.object({ claims }),
  apply: (incident, { claims: refs }) => intersects(incident.ownerRefs, refs),
  toQuery: ({ claims: refs }) => ({ ownerIn: refs }),
});

/** @public */
export const affectsEntity = createPermissionRule({
  name: 'AFFECTS_ENTITY',
  description: 'Allow incidents that affect the given entity',
  resourceRef: incidentPermissionResourceRef,
  paramsSchema: z.object({
    entityRef: z
      .string()
      .describe('An entity ref, e.g. component:default/checkout'),
  }),
  apply: (incident, { entityRef }) =>
    intersects(incident.entityRefs, [entityRef]),
  toQuery: ({ entityRef }) => ({ entityIs: entityRef }),
});

export const INCIDENT_PERMISSION_RULES = [
  isSecurityIncident,
  hasRoleHolder,
  hasOwner,
  affectsEntity,
];

/** A policy's conditions on incidents, as criteria. */
export const incidentCriteriaOf: (
  conditions: PermissionCriteria<PermissionCondition>,
) => IncidentCriteria = createConditionTransformer(INCIDENT_PERMISSION_RULES);
