import {
  PermissionCondition,
  PermissionCriteria,
} from '@backstage/plugin-permission-common';
import {
  createConditionTransformer,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import {
  KnownError,
  KNOWN_ERROR_RESOURCE_TYPE,
} from '@incident-response/backstage-plugin-incidents-common';
import { z } from 'zod';
import { IncidentFilter, incidentMatches, intersects } from './incidentAccess';

/** What the known-error rules filter on: their owners and what they affect. */
export type KnownErrorFilter = Extract<
  IncidentFilter,
  { ownerIn: string[] } | { entityIs: string }
>;

export type KnownErrorCriteria = PermissionCriteria<KnownErrorFilter>;

/** The facts of a known error its access depends on. */
export type KnownErrorAccessFacts = Pick<
  KnownError,
  'id' | 'number' | 'ownerRefs' | 'entityRefs'
>;

export function knownErrorMatches(
  criteria: KnownErrorCriteria,
  knownError: KnownErrorAccessFacts,
): boolean {
  return incidentMatches(criteria, {
    ...knownError,
    security: false,
    roleHolderRefs: [],
  });
}

/** The known-error resource of the permission framework: its ref is the known error's id. */
export const knownErrorPermissionResourceRef = createPermissionResourceRef<
  KnownErrorAccessFacts,
  KnownErrorFilter
>().with({ pluginId: 'incidents', resourceType: KNOWN_ERROR_RESOURCE_TYPE });

/** @public */
export const knownErrorHasOwner = createPermissionRule({
  name: 'HAS_OWNER',
  description: 'Allow known errors owned by one of the given groups',
  resourceRef: knownErrorPermissionResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe("Entity refs to match, usually the user's ownership refs"),
  }),
  apply: (knownError, { claims }) => intersects(knownError.ownerRefs, claims),
  toQuery: ({ claims }) => ({ ownerIn: claims }),
});

/** @public */
export const knownErrorAffectsEntity = createPermissionRule({
  name: 'AFFECTS_ENTITY',
  description: 'Allow known errors that affect the given entity',
  resourceRef: knownErrorPermissionResourceRef,
  paramsSchema: z.object({
    entityRef: z
      .string()
      .describe('An entity ref, e.g. component:default/checkout'),
  }),
  apply: (knownError, { entityRef }) =>
    intersects(knownError.entityRefs, [entityRef]),
  toQuery: ({ entityRef }) => ({ entityIs: entityRef }),
});

export const KNOWN_ERROR_PERMISSION_RULES = [
  knownErrorHasOwner,
  knownErrorAffectsEntity,
];

/** A policy's conditions on known errors, as criteria. */
export const knownErrorCriteriaOf: (
  conditions: PermissionCriteria<PermissionCondition>,
) => KnownErrorCriteria = createConditionTransformer(
  KNOWN_ERROR_PERMISSION_RULES,
);
