import {
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import {
  AuditorServiceCreateEventOptions,
  BackstageCredentials,
  coreServices,
  createServiceFactory,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  NotificationSendOptions,
  notificationService,
} from '@backstage/plugin-notifications-node';
import {
  SignalPayload,
  signalsServiceRef,
} from '@backstage/plugin-signals-node';
import { JsonObject } from '@backstage/types';
import { Entity } from '@backstage/catalog-model';
import { Knex } from 'knex';
import { incidentsPlugin } from '../plugin';
import { testCatalogEntities } from './catalogEntities';

/** An audit event as the plugin reported it, and how it ended. */
export type RecordedAuditEvent = AuditorServiceCreateEventOptions & {
  outcome: 'initiated' | 'succeeded' | 'failed';
  successMeta?: JsonObject;
  error?: string;
};

/** A permission service whose policy denies these permissions and allows the others. */
export function permissionsDenying(names: string[]) {
  const decide = (permission: { name: string }) => ({
    result: names.includes(permission.name)
      ? AuthorizeResult.DENY
      : AuthorizeResult.ALLOW,
  });
  return mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(({ permission }) => decide(permission)) as any,
    authorizeConditional: async requests =>
      requests.map(({ permission }) => decide(permission)) as any,
  });
}

/**
 * The incidents plugin alone, on the given database, with a mock catalog. Signals it
 * publishes are appended to `publishedSignals`, notifications to `sentNotifications`, and audit events to `auditEvents` when
 * given; `permissionResult` makes the permission policy allow or deny everything,
 * `deniedPermissions` deny only those, `permissions` is the policy itself; `ownership`
 * gives users the groups Backstage's sign-in would (each user owns themself otherwise).
 */
export async function startIncidentsBackend(options: {
  knex: Knex;
  config?: JsonObject;
  /** The catalog's entities; the test catalog's by default. */
  catalogEntities?: Entity[];
  publishedSignals?: SignalPayload[];
  /** Notifications the plugin sends are appended here; they are dropped otherwise. */
  sentNotifications?: NotificationSendOptions[];
  auditEvents?: RecordedAuditEvent[];
  permissionResult?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  /** Permissions the policy denies, allowing every other one. */
  deniedPermissions?: string[];
  permissions?: PermissionsService;
  /** User ref -> their ownership refs (themself and their groups). */
  ownership?: Record<string, string[]>;
}): Promise<TestBackend> {
  const {
    publishedSignals,
    sentNotifications,
    auditEvents,
    permissionResult,
    deniedPermissions,
  } = options;
  return startTestBackend({
    features: [
      incidentsPlugin,
      mockServices.database.factory({ knex: options.knex }),
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
      catalogServiceMock.factory({
        entities: options.catalogEntities ?? testCatalogEntities,
      }),
      ...(permissionResult
        ? [mockServices.permissions.factory({ result: permissionResult })]
        : []),
      ...(options.permissions
        ? [
            createServiceFactory({
              service: coreServices.permissions,
              deps: {},
              factory: () => options.permissions!,
            }),
          ]
        : []),
      ...(options.ownership
        ? [
            createServiceFactory({
              service: coreServices.userInfo,
              deps: {},
              factory: () => ({
                getUserInfo: async (credentials: BackstageCredentials) => {
                  const userEntityRef = (
                    credentials.principal as { userEntityRef: string }
                  ).userEntityRef;
                  return {
                    userEntityRef,
                    ownershipEntityRefs: options.ownership![userEntityRef] ?? [
                      userEntityRef,
                    ],
                  };
                },
              }),
            }),
          ]
        : []),
      ...(deniedPermissions
        ? [
            createServiceFactory({
              service: coreServices.permissions,
              deps: {},
              factory: () => permissionsDenying(deniedPermissions),
            }),
          ]
        : []),
      ...(auditEvents
        ? [
            createServiceFactory({
              service: coreServices.auditor,
              deps: {},
              factory: () => ({
                createEvent: async (
                  event: AuditorServiceCreateEventOptions,
                ) => {
                  const recorded: RecordedAuditEvent = {
                    ...event,
                    outcome: 'initiated',
                  };
                  auditEvents.push(recorded);
                  return {
                    success: async (result?: { meta?: JsonObject }) => {
                      recorded.outcome = 'succeeded';
                      recorded.successMeta = result?.meta;
                    },
                    fail: async (result: { error: Error }) => {
                      recorded.outcome = 'failed';
                      recorded.error = result.error.name;
                    },
                  };
                },
              }),
            }),
          ]
        : []),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({
          send: async (notification: NotificationSendOptions) => {
            sentNotifications?.push(notification);
          },
        }),
      }),
      ...(publishedSignals
        ? [
            createServiceFactory({
              service: signalsServiceRef,
              deps: {},
              factory: () => ({
                publish: async (signal: SignalPayload) => {
                  publishedSignals.push(signal);
                },
              }),
            }),
          ]
        : []),
    ],
  });
}

const TABLES = [
  'incidents',
  'incident_entities',
  'incident_owners',
  'incident_role_assignments',
  'incident_timeline',
  'incident_idempotency_keys',
  'incident_steps',
  'known_errors',
  'known_error_entities',
  'known_error_owners',
  'known_error_incidents',
  'known_error_history',
  'postmortems',
  'action_items',
];

/** Row counts of every incidents table, to prove a rejected request wrote nothing. */
export async function countRows(knex: Knex): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [{ count }] = await knex(table).count({ count: '*' });
    counts[table] = Number(count);
  }
  return counts;
}
