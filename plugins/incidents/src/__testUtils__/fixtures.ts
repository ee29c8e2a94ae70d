import { Entity } from '@backstage/catalog-model';
import {
  ActionItem,
  ActionItemSlo,
  DEFAULT_SEVERITIES,
  IncidentDetails,
  IncidentsConfigResponse,
  INCIDENT_ROLES,
  KnownError,
  KnownErrorDetails,
  KnownErrorSuggestion,
  INCIDENT_STATUS_TRANSITIONS,
  INCIDENT_STATUSES,
  Postmortem,
  TimelineEntry,
} from '@incident-response/backstage-plugin-incidents-common';
import { IncidentsApi, KnownErrorsApi, PostmortemsApi } from '../api';
import { emptyMetrics } from './metricsFixtures';

/** The configuration the backend serves by default. */
export const testConfig: IncidentsConfigResponse = {
  severities: DEFAULT_SEVERITIES.map(s => ({
    ...s,
    examples: [...s.examples],
  })),
  roles: INCIDENT_ROLES.map(id => ({ id, name: id, description: '' })),
  statuses: INCIDENT_STATUSES.map(id => ({
    id,
    name: id,
    transitions: [...INCIDENT_STATUS_TRANSITIONS[id]],
  })),
  integrations: { slack: false, google: false },
  postmortems: { actionItemDueInDays: 56 },
};

const HOUR = 60 * 60 * 1000;

/** An active SEV2 incident on cart-service, declared by the guest an hour ago. */
export function anIncident(
  overrides: Partial<IncidentDetails> = {},
): IncidentDetails {
  const started = new Date(Date.now() - HOUR).toISOString();
  return {
    id: '6f0c2a52-0f3c-4a57-9d7e-1f3f1d4ab001',
    number: 'INC-7',
    title: 'Cart totals are wrong',
    description: null,
    summary: null,
    impact: null,
    severity: 'SEV2',
    status: 'active',
    mode: 'live',
    security: false,
    drill: false,
    entityRefs: ['component:default/cart-service'],
    ownerRefs: ['group:default/storefront-team'],
    reporterRef: 'user:default/guest',
    roles: ['reporter', 'incident-commander', 'operations-lead'].map(role => ({
      role: role as IncidentDetails['roles'][number]['role'],
      userRef: 'user:default/guest',
      assignedAt: started,
      assignedByRef: 'user:default/guest',
      note: null,
    })),
    impactStartedAt: started,
    detectedAt: started,
    declaredAt: started,
    mitigatedAt: null,
    resolvedAt: null,
    closedAt: null,
    updatedAt: started,
    roleHistory: [],
    steps: [],
    knownErrors: [],
    ...overrides,
  };
}

/** A timeline entry; automatic entries need `data`. */
export function anEntry(overrides: Partial<TimelineEntry> = {}): TimelineEntry {
  const at = new Date(Date.now() - 30 * 60 * 1000).toISOString();
  return {
    id: `entry-${Math.random().toString(36).slice(2)}`,
    incidentId: '6f0c2a52-0f3c-4a57-9d7e-1f3f1d4ab001',
    kind: 'note',
    body: 'A note',
    authorRef: 'user:default/guest',
    automatic: false,
    correctsId: null,
    data: null,
    occurredAt: at,
    createdAt: at,
    ...overrides,
  };
}

/** A mocked incidents API; every method is a jest mock. */
export function mockIncidentsApi(
  overrides: Partial<jest.Mocked<IncidentsApi>> = {},
): jest.Mocked<IncidentsApi> {
  return {
    getConfig: jest.fn().mockResolvedValue(testConfig),
    listIncidents: jest.fn().mockResolvedValue({ items: [], totalItems: 0 }),
    getIncident: jest.fn().mockResolvedValue(anIncident()),
    declareIncident: jest.fn().mockResolvedValue(anIncident()),
    updateIncident: jest.fn().mockResolvedValue(anIncident()),
    transitionIncident: jest.fn().mockResolvedValue(anIncident()),
    assignRole: jest.fn().mockResolvedValue(anIncident()),
    getTimeline: jest.fn().mockResolvedValue({ items: [] }),
    appendTimelineEntry: jest.fn().mockResolvedValue(anEntry()),
    retryFailedSteps: jest.fn().mockResolvedValue(anIncident()),
    getMetrics: jest.fn().mockResolvedValue(emptyMetrics()),
    linkKnownError: jest.fn().mockResolvedValue(anIncident()),
    unlinkKnownError: jest.fn().mockResolvedValue(anIncident()),
    ...overrides,
  };
}

/**
 * A known error on cart-service with a workaround, seen twice, the latest time a day ago.
 */
export function aKnownError(overrides: Partial<KnownError> = {}): KnownError {
  const created = new Date(Date.now() - 30 * 24 * HOUR).toISOString();
  return {
    id: '0b7d1c1e-8a4e-4c39-a0a4-6f2d7e1a9c03',
    number: 'KE-3',
    title: 'Basket cache serves stale prices',
    symptoms: 'Totals in the basket ignore **discounts** for a few minutes.',
    rootCause: 'The price cache is not invalidated when a promotion starts.',
    workaround: 'Flush the price cache: `make flush-prices`.',
    permanentFix: 'Invalidate the cache on promotion events.',
    fixUrl: 'https://tracker.example.com/SHOP-42',
    status: 'workaround',
    entityRefs: ['component:default/cart-service'],
    ownerRefs: ['group:default/storefront-team'],
    incidentCount: 2,
    lastSeenAt: new Date(Date.now() - 24 * HOUR).toISOString(),
    createdAt: created,
    createdBy: 'user:default/guest',
    updatedAt: created,
    ...overrides,
  };
}

/** {@link aKnownError} with its incidents and history. */
export function aKnownErrorDetails(
  overrides: Partial<KnownErrorDetails> = {},
): KnownErrorDetails {
  const knownError = aKnownError(overrides);
  return {
    ...knownError,
    incidents: [],
    history: [
      {
        id: 'history-1',
        kind: 'created',
        actorRef: knownError.createdBy,
        at: knownError.createdAt,
        changes: null,
        incident: null,
      },
    ],
    ...overrides,
  };
}

/** A suggestion of {@link aKnownError}, for the same entity. */
export function aSuggestion(
  overrides: Partial<KnownErrorSuggestion> = {},
): KnownErrorSuggestion {
  const { id, number, title, status, workaround, entityRefs, incidentCount } =
    aKnownError();
  return {
    id,
    number,
    title,
    status,
    workaround,
    entityRefs,
    incidentCount,
    reasons: ['same-entity'],
    ...overrides,
  };
}

/** A mocked known errors API; every method is a jest mock. */
export function mockKnownErrorsApi(
  overrides: Partial<jest.Mocked<KnownErrorsApi>> = {},
): jest.Mocked<KnownErrorsApi> {
  return {
    listKnownErrors: jest.fn().mockResolvedValue({ items: [], totalItems: 0 }),
    getKnownError: jest.fn().mockResolvedValue(aKnownErrorDetails()),
    createKnownError: jest.fn().mockResolvedValue(aKnownError()),
    updateKnownError: jest.fn().mockResolvedValue(aKnownErrorDetails()),
    suggestKnownErrors: jest.fn().mockResolvedValue({ items: [] }),
    ...overrides,
  };
}

/** A day `days` from today, `YYYY-MM-DD` in the local zone. */
export function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(
    date.getDate(),
  )}`;
}

/** An open action item of INC-7 for the storefront team, due in 8 weeks. */
export function anActionItem(overrides: Partial<ActionItem> = {}): ActionItem {
  const created = new Date(Date.now() - HOUR).toISOString();
  return {
    id: 'a1c7e1a0-5b8e-4a57-9d7e-1f3f1d4ac001',
    incidentId: '6f0c2a52-0f3c-4a57-9d7e-1f3f1d4ab001',
    incidentNumber: 'INC-7',
    title: 'Invalidate the price cache when a promotion starts',
    ownerRef: 'group:default/storefront-team',
    assigneeRef: null,
    dueOn: dayFromToday(56),
    priority: 'medium',
    kind: 'prevent',
    status: 'open',
    reason: null,
    trackerUrl: null,
    knownErrorId: null,
    entityRefs: ['component:default/cart-service'],
    createdAt: created,
    createdBy: 'user:default/guest',
    updatedAt: created,
    completedAt: null,
    completedOn: null,
    ...overrides,
  };
}

/** The postmortem of {@link anIncident} as first opened: a prefilled draft, never saved. */
export function aPostmortem(overrides: Partial<Postmortem> = {}): Postmortem {
  return {
    incidentId: '6f0c2a52-0f3c-4a57-9d7e-1f3f1d4ab001',
    status: 'draft',
    required: true,
    ownerRef: null,
    sections: {
      summary: 'Basket totals ignored discounts for 40 minutes.',
      impact: '',
      detection: '',
      trigger: '',
      rootCause: '',
      resolution: '',
      wentWell: '',
      wentWrong: '',
      gotLucky: '',
      evidence: '',
    },
    timeline: [],
    actionItems: [],
    updatedAt: null,
    approvedAt: null,
    approvedBy: null,
    reviewComment: null,
    ...overrides,
  };
}

/** An action-item SLO with nothing due yet. */
export function emptyActionItemSlo(): ActionItemSlo {
  const counts = { due: 0, doneByDueDay: 0, share: null, openOverdue: 0 };
  return {
    bucket: 'month',
    overall: counts,
    buckets: [],
    byTeam: [],
    byService: [],
  };
}

/** A mocked postmortems API; every method is a jest mock. */
export function mockPostmortemsApi(
  overrides: Partial<jest.Mocked<PostmortemsApi>> = {},
): jest.Mocked<PostmortemsApi> {
  return {
    getPostmortem: jest.fn().mockResolvedValue(aPostmortem()),
    updatePostmortem: jest.fn().mockResolvedValue(aPostmortem()),
    transitionPostmortem: jest.fn().mockResolvedValue(aPostmortem()),
    createActionItem: jest.fn().mockResolvedValue(anActionItem()),
    listActionItems: jest.fn().mockResolvedValue({ items: [], totalItems: 0 }),
    updateActionItem: jest.fn().mockResolvedValue(anActionItem()),
    getActionItemSlo: jest.fn().mockResolvedValue(emptyActionItemSlo()),
    ...overrides,
  };
}

/** The demo catalog, as far as the tests need it. */
export const testEntities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'cart-service',
      namespace: 'default',
      title: 'Cart service',
    },
    spec: {
      type: 'service',
      owner: 'storefront-team',
      lifecycle: 'production',
    },
    relations: [
      { type: 'ownedBy', targetRef: 'group:default/storefront-team' },
    ],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'payments-gateway',
      namespace: 'default',
      title: 'Payments gateway',
    },
    spec: { type: 'service', owner: 'payments-team', lifecycle: 'production' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'storefront-team',
      namespace: 'default',
      title: 'Storefront',
    },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'payments-team',
      namespace: 'default',
      title: 'Payments',
    },
    spec: { type: 'team', children: [] },
  },
  ...['guest:Guest Responder', 'amelie.tremblay:Amélie Tremblay'].map(
    (user): Entity => {
      const [name, displayName] = user.split(':');
      return {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name, namespace: 'default' },
        spec: { profile: { displayName }, memberOf: [] },
      };
    },
  ),
];

/**
 * An action-item SLO over two months: 3 of 4 items due in January done by their due
 * day, none of 2 in February, one still open; by team and by service.
 */
export function someActionItemSlo(): ActionItemSlo {
  return {
    bucket: 'month',
    overall: { due: 6, doneByDueDay: 3, share: 0.5, openOverdue: 1 },
    buckets: [
      {
        start: '2026-01-01T00:00:00.000Z',
        due: 4,
        doneByDueDay: 3,
        share: 0.75,
        openOverdue: 0,
      },
      {
        start: '2026-02-01T00:00:00.000Z',
        due: 2,
        doneByDueDay: 0,
        share: 0,
        openOverdue: 1,
      },
    ],
    byTeam: [
      {
        ownerRef: 'group:default/storefront-team',
        due: 6,
        doneByDueDay: 3,
        share: 0.5,
        openOverdue: 1,
      },
    ],
    byService: [
      {
        entityRef: 'component:default/cart-service',
        due: 6,
        doneByDueDay: 3,
        share: 0.5,
        openOverdue: 1,
      },
    ],
  };
}
