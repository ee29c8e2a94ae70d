import {
  AuthService,
  BackstageCredentials,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  PermissionCondition,
  PermissionCriteria,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  incidentReadPermission,
  INCIDENT_RESOURCE_TYPE,
  knownErrorReadPermission,
  KNOWN_ERROR_RESOURCE_TYPE,
} from '@incident-response/backstage-plugin-incidents-common';
import {
  KnownErrorAccessFacts,
  KnownErrorCriteria,
  knownErrorCriteriaOf,
  knownErrorMatches,
} from './knownErrorAccess';
import {
  bothCriteria,
  IncidentAccessFacts,
  IncidentCriteria,
  incidentCriteriaOf,
  incidentMatches,
} from './incidentAccess';

/** Who handles security incidents besides their role holders and owner teams. */
export const DEFAULT_SECURITY_RESPONDER_GROUPS = ['group:default/security'];

/** `incidents.security.responderGroups`: group refs, `group:default/security` by default. */
export function readSecurityResponderGroups(config: Config): string[] {
  const key = 'incidents.security.responderGroups';
  const groups =
    config.getOptionalStringArray(key) ?? DEFAULT_SECURITY_RESPONDER_GROUPS;
  return groups.map(ref => {
    let parsed;
    try {
      parsed = parseEntityRef(ref, { defaultKind: 'group' });
    } catch {
      parsed = undefined;
    }
    if (parsed?.kind.toLocaleLowerCase('en-US') !== 'group') {
      throw new Error(`${key}: '${ref}' is not a group reference`);
    }
    return stringifyEntityRef(parsed);
  });
}

/**
 * Who performs a use case: the credentials used for catalog lookups on their behalf,
 * and the catalog user recorded as declarer, role holder or author.
 */
export type Actor = {
  credentials: BackstageCredentials;
  userRef: string;
};

/**
 * Authorization as a function of credentials, whatever the entry point. Users are
 * decided by the permission policy, whose conditions on incidents are applied to the
 * queries; a service principal (the search collator, another plugin) may only read.
 * Whatever the policy says, a security incident is seen only by its role holders, the
 * members of the teams that own what it affects and the security responder groups
 * (`incidents.security.responderGroups`); service principals never see one.
 */
export class IncidentsAuthorizer {
  constructor(
    private readonly deps: {
      auth: AuthService;
      permissions: PermissionsService;
      userInfo: UserInfoService;
      securityResponderGroups: string[];
    },
  ) {}

  /**
   * The incidents the caller may read, as criteria for the stores (undefined: all of
   * them); throws NotAllowedError when they may read none.
   */
  async incidentReadCriteria(
    credentials: BackstageCredentials,
  ): Promise<IncidentCriteria | undefined> {
    if (!this.deps.auth.isPrincipal(credentials, 'user')) {
      return { not: { security: true } };
    }
    const [policy, safeDefault] = await Promise.all([
      this.policyCriteria(
        credentials,
        incidentReadPermission,
        incidentCriteriaOf,
      ),
      this.securityCriteria(credentials),
    ]);
    return bothCriteria(policy, safeDefault);
  }

  /**
   * Checks `permission` on one incident: a NotAllowedError when the caller may read no
   * incident or may not do this to it, a NotFoundError when they may not see this one
   * (as if it did not exist).
   */
  async authorizeIncident(
    credentials: BackstageCredentials,
    permission: ResourcePermission<typeof INCIDENT_RESOURCE_TYPE>,
    incident: IncidentAccessFacts,
  ): Promise<void> {
    await this.authorizeResource(credentials, permission, {
      readPermission: incidentReadPermission,
      readCriteria: () => this.incidentReadCriteria(credentials),
      criteriaOf: incidentCriteriaOf,
      matches: criteria => incidentMatches(criteria, incident),
      notFound: `No incident ${incident.number}`,
    });
  }

  /** Authorizes a change of one incident and says who makes it. */
  async incidentActor(
    credentials: BackstageCredentials,
    permission: ResourcePermission<typeof INCIDENT_RESOURCE_TYPE>,
    incident: IncidentAccessFacts,
  ): Promise<Actor> {
    await this.authorizeIncident(credentials, permission, incident);
    return this.actorOf(credentials);
  }

  /** The known errors the caller may read, as criteria (undefined: all of them). */
  async knownErrorReadCriteria(
    credentials: BackstageCredentials,
  ): Promise<KnownErrorCriteria | undefined> {
    return this.policyCriteria(
      credentials,
      knownErrorReadPermission,
      knownErrorCriteriaOf,
    );
  }

  /** Checks `permission` on one known error, as `authorizeIncident` does on incidents. */
  async authorizeKnownError(
    credentials: BackstageCredentials,
    permission: ResourcePermission<typeof KNOWN_ERROR_RESOURCE_TYPE>,
    knownError: KnownErrorAccessFacts,
  ): Promise<void> {
    await this.authorizeResource(credentials, permission, {
      readPermission: knownErrorReadPermission,
      readCriteria: () => this.knownErrorReadCriteria(credentials),
      criteriaOf: knownErrorCriteriaOf,
      matches: criteria => knownErrorMatches(criteria, knownError),
      notFound: `No known error ${knownError.number}`,
    });
  }

  /** Authorizes a change of one known error and says who makes it. */
  async knownErrorActor(
    credentials: BackstageCredentials,
    permission: ResourcePermission<typeof KNOWN_ERROR_RESOURCE_TYPE>,
    knownError: KnownErrorAccessFacts,
  ): Promise<Actor> {
    await this.authorizeKnownError(credentials, permission, knownError);
    return this.actorOf(credentials);
  }

  /**
   * `permission` on one resource. A caller who may read none of its kind is told so
   * (403); one the policy's conditions (or the safe default) keep from this one is told
   * it does not exist (404); a change the conditions refuse on a readable one is a 403.
   */
  private async authorizeResource<TCriteria>(
    credentials: BackstageCredentials,
    permission: ResourcePermission,
    kind: {
      readPermission: ResourcePermission;
      readCriteria(): Promise<TCriteria | undefined>;
      criteriaOf(
        conditions: PermissionCriteria<PermissionCondition>,
      ): TCriteria;
      matches(criteria: TCriteria): boolean;
      notFound: string;
    },
  ): Promise<void> {
    const readable = await kind.readCriteria();
    if (readable && !kind.matches(readable)) {
      throw new NotFoundError(kind.notFound);
    }
    if (permission.name === kind.readPermission.name) {
      return;
    }
    this.assertUserForChange(credentials, permission);
    const allowed = await this.policyCriteria(
      credentials,
      permission,
      kind.criteriaOf,
    );
    if (allowed && !kind.matches(allowed)) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
  }

  private async actorOf(credentials: BackstageCredentials): Promise<Actor> {
    const { userEntityRef } = await this.deps.userInfo.getUserInfo(credentials);
    return { credentials, userRef: userEntityRef };
  }

  /**
   * What the policy allows of a resource permission, as criteria (undefined: every
   * resource); throws NotAllowedError when it denies it.
   */
  private async policyCriteria<TCriteria>(
    credentials: BackstageCredentials,
    permission: ResourcePermission,
    criteriaOf: (
      conditions: PermissionCriteria<PermissionCondition>,
    ) => TCriteria,
  ): Promise<TCriteria | undefined> {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.DENY) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
    return decision.result === AuthorizeResult.CONDITIONAL
      ? criteriaOf(decision.conditions)
      : undefined;
  }

  /** The safe default: which security incidents a user may see. */
  private async securityCriteria(
    credentials: BackstageCredentials,
  ): Promise<IncidentCriteria | undefined> {
    const { userEntityRef, ownershipEntityRefs } =
      await this.deps.userInfo.getUserInfo(credentials);
    const claims = [...new Set([userEntityRef, ...ownershipEntityRefs])];
    if (claims.some(ref => this.deps.securityResponderGroups.includes(ref))) {
      return undefined;
    }
    return {
      anyOf: [
        { not: { security: true } },
        { roleHolderIn: claims },
        { ownerIn: claims },
      ],
    };
  }

  private assertUserForChange(
    credentials: BackstageCredentials,
    permission: { name: string; attributes: { action?: string } },
  ) {
    if (
      permission.attributes.action !== 'read' &&
      !this.deps.auth.isPrincipal(credentials, 'user')
    ) {
      throw new NotAllowedError(
        `Not allowed: ${permission.name} needs a user; other credentials may only read`,
      );
    }
  }

  async authorize(
    credentials: BackstageCredentials,
    permission: BasicPermission,
  ): Promise<void> {
    this.assertUserForChange(credentials, permission);
    const [decision] = await this.deps.permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
  }

  /** Authorizes a change and says who makes it. */
  async actor(
    credentials: BackstageCredentials,
    permission: BasicPermission,
  ): Promise<Actor> {
    await this.authorize(credentials, permission);
    return this.actorOf(credentials);
  }
}
