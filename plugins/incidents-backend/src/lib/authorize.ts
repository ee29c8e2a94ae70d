import {
  AuthService,
  BackstageCredentials,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';

/**
 * Who performs a use case: the credentials used for catalog lookups on their behalf,
 * and the catalog user recorded as declarer, role holder or author.
 */
export type Actor = {
  credentials: BackstageCredentials;
  userRef: string;
};

/**
 * Authorization as a function of credentials, whatever the entry point (HTTP routes
 * today; Slack commands, actions and scheduled tasks next). Users are decided by the
 * permission policy; a service principal (the search collator, another plugin) may only
 * read: every change needs a user to be accountable for it.
 */
export class IncidentsAuthorizer {
  constructor(
    private readonly deps: {
      auth: AuthService;
      permissions: PermissionsService;
      userInfo: UserInfoService;
    },
  ) {}

  async authorize(
    credentials: BackstageCredentials,
    permission: BasicPermission,
  ): Promise<void> {
    if (
      permission.attributes.action !== 'read' &&
      !this.deps.auth.isPrincipal(credentials, 'user')
    ) {
      throw new NotAllowedError(
        `Not allowed: ${permission.name} needs a user; other credentials may only read`,
      );
    }
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
    const { userEntityRef } = await this.deps.userInfo.getUserInfo(credentials);
    return { credentials, userRef: userEntityRef };
  }
}
