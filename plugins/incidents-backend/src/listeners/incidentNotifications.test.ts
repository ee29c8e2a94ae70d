import { Entity } from '@backstage/catalog-model';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { DEFAULT_SEVERITIES } from '@incident-response/backstage-plugin-incidents-common';
import {
  ALICE,
  as,
  BOB,
  GUEST,
  HOUR,
  ago,
  useIncidentsBackend,
} from '../__testUtils__/incidentsApi';
import { testCatalogEntities } from '../__testUtils__/catalogEntities';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { notificationSeverity } from './incidentNotifications';

jest.setTimeout(60_000);

const databases = createTestDatabases();

/** A member of payments-oncall, a child team of payments-team. */
const CAROL = 'user:default/carol';
/** A member of the security responder group. */
const SAM = 'user:default/sam';

const STOREFRONT = 'group:default/storefront-team';

const relation = (type: string, targetRef: string) => ({ type, targetRef });

const group = (name: string, relations: Array<[string, string]>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
  relations: relations.map(([type, target]) => relation(type, target)),
});

const member = (ref: string, groupRef: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: ref.replace('user:default/', ''), namespace: 'default' },
  spec: { memberOf: [groupRef] },
  relations: [relation('memberOf', groupRef)],
});

/**
 * The test catalog's services with teams whose members the catalog knows: payments-team
 * (alice) has a child team payments-oncall (carol), whom Backstage would notify too.
 */
const catalogEntities: Entity[] = [
  ...testCatalogEntities.filter(e => !['User', 'Group'].includes(e.kind)),
  group('payments-team', [
    ['hasMember', ALICE],
    ['parentOf', 'group:default/payments-oncall'],
  ]),
  group('payments-oncall', [
    ['hasMember', CAROL],
    ['childOf', 'group:default/payments-team'],
  ]),
  group('storefront-team', [['hasMember', BOB]]),
  group('sre-team', [['hasMember', GUEST]]),
  group('security', [['hasMember', SAM]]),
  member(GUEST, 'group:default/sre-team'),
  member(ALICE, 'group:default/payments-team'),
  member(BOB, STOREFRONT),
  member(CAROL, 'group:default/payments-oncall'),
  member(SAM, 'group:default/security'),
];

/** Each user's ownership refs, as Backstage's sign-in gives them: their own teams. */
const ownership = Object.fromEntries(
  catalogEntities
    .filter(e => e.kind === 'User')
    .map(e => [
      `user:default/${e.metadata.name}`,
      [`user:default/${e.metadata.name}`, ...(e.spec!.memberOf as string[])],
    ]),
);

const TITLE = 'Checkout returns 502 for every basket';

describe('notificationSeverity', () => {
  it('makes the most severe configured level critical, the next high, the others normal', () => {
    const severities = [...DEFAULT_SEVERITIES];
    const of = (severity: string, drill = false) =>
      notificationSeverity({ severity, drill }, severities);
    expect([of('SEV1'), of('SEV2'), of('SEV3'), of('SEV9')]).toEqual([
      'critical',
      'high',
      'normal',
      'normal',
    ]);
    expect(of('SEV1', true)).toBe('normal');

    const custom = ['P0', 'P1', 'P2', 'P3'].map(id => ({
      ...DEFAULT_SEVERITIES[0],
      id,
    }));
    expect(
      custom.map(s =>
        notificationSeverity({ severity: s.id, drill: false }, custom),
      ),
    ).toEqual(['critical', 'high', 'normal', 'normal']);
  });
});

describe.each(databases.eachSupportedId())(
  'incident notifications on %s',
  databaseId => {
    const sentNotifications: NotificationSendOptions[] = [];
    const { api, declare } = useIncidentsBackend(databases, databaseId, {
      sentNotifications,
      catalogEntities,
      ownership,
    });

    beforeEach(() => {
      sentNotifications.length = 0;
    });

    afterEach(() => {
      // Never to everyone: each notification names its recipients.
      if (sentNotifications.some(n => n.recipients.type !== 'entity')) {
        throw new Error('A notification was sent to everyone');
      }
    });

    const recipientsOf = (n: NotificationSendOptions) =>
      n.recipients.type === 'entity' ? n.recipients.entityRef : 'everyone';

    /** What was sent about the incident, in order. */
    const about = (number: string) =>
      sentNotifications.filter(n =>
        n.payload.scope?.startsWith(`incidents:${number}:`),
      );

    const assign = (
      number: string,
      role: string,
      userRef: string,
      by = GUEST,
      note?: string,
    ) =>
      api()
        .put(`/api/incidents/incidents/${number}/roles/${role}`)
        .set(as(by))
        .send({ userRef, note })
        .expect(200);

    const transition = (number: string, status: string, by = GUEST) =>
      api()
        .post(`/api/incidents/incidents/${number}/transitions`)
        .set(as(by))
        .send({ status })
        .expect(200);

    describe('when an incident is declared', () => {
      it('tells the owner teams of what it affects, not the declarer, in English and French', async () => {
        const incident = await declare({ title: TITLE });
        const n = incident.number;
        expect(about(n)).toEqual([
          {
            recipients: {
              type: 'entity',
              entityRef: [STOREFRONT],
              excludeEntityRef: GUEST,
            },
            payload: {
              title: `Incident ${n} declared (SEV2) / Incident ${n} déclaré (SEV2): ${TITLE}`,
              description: [
                'A SEV2 - Major incident affecting checkout-web, declared by guest. Open it to follow or join the response.',
                "Un incident SEV2 - Majeur touchant checkout-web, déclaré par guest. Ouvrez-le pour suivre ou rejoindre l'intervention.",
              ].join('\n\n'),
              link: `/incidents/${n}`,
              severity: 'high',
              topic: 'incident-declared',
              scope: `incidents:${n}:declared`,
            },
          },
        ]);

        // A member of the owner team who declares is not told of it.
        const own = await declare({}, BOB);
        expect(about(own.number)).toEqual([
          expect.objectContaining({
            recipients: {
              type: 'entity',
              entityRef: [STOREFRONT],
              excludeEntityRef: BOB,
            },
          }),
        ]);
      });

      it('maps the severity: SEV1 critical, SEV2 high, SEV3 normal, a drill normal', async () => {
        const sev1 = await declare({ severity: 'SEV1' });
        const sev3 = await declare({ severity: 'SEV3' });
        const drill = await declare({ severity: 'SEV1', drill: true });
        expect(about(sev1.number)[0].payload.severity).toBe('critical');
        expect(about(sev3.number)[0].payload.severity).toBe('normal');
        expect(about(drill.number)[0].payload).toMatchObject({
          severity: 'normal',
          title: `[Drill] Incident ${drill.number} declared (SEV1) / [Exercice] Incident ${drill.number} déclaré (SEV1): ${TITLE}`,
          description: expect.stringContaining('This is a drill.'),
        });
      });

      it('says when a past incident is recorded', async () => {
        const past = await declare({
          mode: 'retrospective',
          impactStartedAt: ago(3 * HOUR),
          resolvedAt: ago(HOUR),
        });
        expect(about(past.number)).toEqual([
          expect.objectContaining({
            payload: expect.objectContaining({
              title: `Incident ${past.number} recorded (SEV2) / Incident ${past.number} enregistré (SEV2): ${TITLE}`,
              topic: 'incident-declared',
              scope: `incidents:${past.number}:declared`,
            }),
          }),
        ]);
      });

      it('tells only those who may read a security incident: its owner team’s members and the security responders', async () => {
        const secret = await declare({
          title: 'Customer addresses exposed',
          severity: 'SEV1',
          security: true,
          entityRefs: ['component:default/payments-gateway'],
        });
        const sent = about(secret.number);
        expect(sent).toHaveLength(1);
        const recipients = sent[0].recipients as {
          entityRef: string[];
          excludeEntityRef: string;
        };
        // Users, not groups: Backstage would also reach carol, in a child team of
        // payments-team, who may not read it. Never the declarer (who holds its roles).
        expect([...recipients.entityRef].sort()).toEqual([ALICE, SAM]);
        expect(recipients.excludeEntityRef).toBe(GUEST);
        expect(sent[0].payload).toMatchObject({
          title: `Security incident ${secret.number} declared (SEV1) / Incident de sécurité ${secret.number} déclaré (SEV1): Customer addresses exposed`,
          severity: 'critical',
          topic: 'incident-declared',
          scope: `incidents:${secret.number}:declared`,
        });
      });
    });

    describe('when a role is assigned', () => {
      it('tells the new holder, once per role, never someone who took it themselves', async () => {
        const incident = await declare({});
        const n = incident.number;
        sentNotifications.length = 0;

        await assign(n, 'operations-lead', ALICE, GUEST, 'Dashboards are up');
        expect(about(n)).toEqual([
          {
            recipients: { type: 'entity', entityRef: [ALICE] },
            payload: {
              title: `You are now operations lead of ${n} / Vous êtes maintenant responsable des opérations de ${n}: ${TITLE}`,
              description: [
                'guest assigned you this role, taking over from guest. Handoff note: Dashboards are up',
                'guest vous a confié ce rôle, à la suite de guest. Note de passation\u00a0: Dashboards are up',
              ].join('\n\n'),
              link: `/incidents/${n}`,
              severity: 'high',
              topic: 'incident-role-assigned',
              scope: `incidents:${n}:role:operations-lead:${ALICE}`,
            },
          },
        ]);

        // Assigning the holder again changes nothing, and says nothing.
        await assign(n, 'operations-lead', ALICE);
        // Taking a role yourself is no news to you.
        await assign(n, 'scribe', BOB, BOB);
        // Handed over and back: Alice's second notification replaces her first.
        await assign(n, 'operations-lead', BOB);
        await assign(n, 'operations-lead', ALICE, BOB);
        expect(about(n).map(s => [recipientsOf(s), s.payload.scope])).toEqual([
          [[ALICE], `incidents:${n}:role:operations-lead:${ALICE}`],
          [[BOB], `incidents:${n}:role:operations-lead:${BOB}`],
          [[ALICE], `incidents:${n}:role:operations-lead:${ALICE}`],
        ]);
        expect(about(n)[2].payload.description).toMatch(
          /^bob assigned you this role, taking over from bob\./,
        );

        await assign(n, 'incident-commander', ALICE);
        expect(about(n).at(-1)!.payload.description).toContain(
          'You also hold every role not yet delegated.',
        );
      });

      it('tells whoever is given a role on a security incident, who may now read it', async () => {
        const secret = await declare({
          severity: 'SEV3',
          security: true,
          entityRefs: ['component:default/payments-gateway'],
        });
        sentNotifications.length = 0;
        await assign(secret.number, 'scribe', BOB);
        expect(about(secret.number)).toEqual([
          expect.objectContaining({
            recipients: { type: 'entity', entityRef: [BOB] },
            payload: expect.objectContaining({
              severity: 'normal',
              topic: 'incident-role-assigned',
              description: expect.stringContaining(
                'This is a security incident',
              ),
            }),
          }),
        ]);
      });
    });

    describe('when an incident is resolved', () => {
      it('tells the reporter, unless they resolved it, replacing the earlier one when resolved again', async () => {
        const incident = await declare({ severity: 'SEV3' });
        const n = incident.number;
        sentNotifications.length = 0;

        await transition(n, 'mitigated', ALICE);
        await transition(n, 'resolved', ALICE);
        expect(about(n)).toEqual([
          {
            recipients: { type: 'entity', entityRef: [GUEST] },
            payload: {
              title: `Incident ${n} resolved / Incident ${n} résolu: ${TITLE}`,
              description: [
                'alice marked the incident you declared as resolved.',
                "alice a marqué comme résolu l'incident que vous avez déclaré.",
              ].join('\n\n'),
              link: `/incidents/${n}`,
              severity: 'normal',
              topic: 'incident-resolved',
              scope: `incidents:${n}:resolved`,
            },
          },
        ]);

        // Reopened and resolved again: the same notification, unread again.
        await transition(n, 'active', ALICE);
        await transition(n, 'resolved', BOB);
        expect(about(n).map(s => s.payload.scope)).toEqual([
          `incidents:${n}:resolved`,
          `incidents:${n}:resolved`,
        ]);

        // The reporter resolving it is not told.
        const own = await declare({ severity: 'SEV3' });
        await transition(own.number, 'resolved');
        expect(
          about(own.number).filter(
            s => s.payload.topic === 'incident-resolved',
          ),
        ).toEqual([]);
      });

      it('tells a security incident’s reporter only while they may still read it', async () => {
        const secret = await declare({
          severity: 'SEV3',
          security: true,
          entityRefs: ['component:default/payments-gateway'],
        });
        const n = secret.number;
        await transition(n, 'resolved', ALICE);
        expect(
          about(n).filter(s => s.payload.topic === 'incident-resolved'),
        ).toEqual([
          expect.objectContaining({
            recipients: { type: 'entity', entityRef: [GUEST] },
          }),
        ]);

        // The guest hands every role over, and with them the right to read it.
        await transition(n, 'active', ALICE);
        for (const role of [
          'reporter',
          'operations-lead',
          'incident-commander',
        ]) {
          await assign(n, role, ALICE);
        }
        sentNotifications.length = 0;
        await transition(n, 'resolved', ALICE);
        expect(about(n)).toEqual([]);
      });
    });
  },
);

/** A notifications backend that is down: every send throws. */
class Unreachable extends Array<NotificationSendOptions> {
  push(): number {
    throw new Error('The notifications backend is down');
  }
}

describe.each(databases.eachSupportedId())(
  'incident notifications that cannot be sent, on %s',
  databaseId => {
    const { api, declare } = useIncidentsBackend(databases, databaseId, {
      sentNotifications: new Unreachable(),
    });

    it('never fail the change', async () => {
      const incident = await declare({});
      await api()
        .put(`/api/incidents/incidents/${incident.number}/roles/scribe`)
        .set(as(GUEST))
        .send({ userRef: ALICE })
        .expect(200);
      await api()
        .post(`/api/incidents/incidents/${incident.number}/transitions`)
        .set(as(ALICE))
        .send({ status: 'resolved' })
        .expect(200);
      const read = await api()
        .get(`/api/incidents/incidents/${incident.number}`)
        .set(as(GUEST))
        .expect(200);
      expect(read.body).toMatchObject({
        status: 'resolved',
        roles: expect.arrayContaining([
          expect.objectContaining({ role: 'scribe', userRef: ALICE }),
        ]),
      });
    });
  },
);

describe.each(
  databases
    .eachSupportedId()
    .flatMap(([databaseId]) =>
      (['en', 'fr'] as const).map(language => [language, databaseId] as const),
    ),
)('incident notifications in %s on %s', (language, databaseId) => {
  const sentNotifications: NotificationSendOptions[] = [];
  const { api, declare } = useIncidentsBackend(databases, databaseId, {
    sentNotifications,
    config: { incidents: { notifications: { language } } },
  });

  it('are written in the configured language only', async () => {
    const incident = await declare({ severity: 'SEV1' });
    const n = incident.number;
    await api()
      .put(`/api/incidents/incidents/${n}/roles/communications-lead`)
      .set(as(GUEST))
      .send({ userRef: ALICE })
      .expect(200);
    await api()
      .post(`/api/incidents/incidents/${n}/transitions`)
      .set(as(ALICE))
      .send({ status: 'resolved' })
      .expect(200);
    expect(
      sentNotifications.map(s => [s.payload.title, s.payload.description]),
    ).toEqual(
      language === 'en'
        ? [
            [
              `Incident ${n} declared (SEV1): ${TITLE}`,
              'A SEV1 - Critical incident affecting checkout-web, declared by guest. Open it to follow or join the response.',
            ],
            [
              `You are now communications lead of ${n}: ${TITLE}`,
              'guest assigned you this role, taking over from guest.',
            ],
            [
              `Incident ${n} resolved: ${TITLE}`,
              'alice marked the incident you declared as resolved.',
            ],
            // The postmortem notifications follow the same setting.
            [
              `The postmortem of ${n} is due`,
              `${n} (${TITLE}) is resolved. As its postmortem owner, write its postmortem and submit it for review.`,
            ],
          ]
        : [
            [
              `Incident ${n} déclaré (SEV1)\u00a0: ${TITLE}`,
              "Un incident SEV1 - Critique touchant checkout-web, déclaré par guest. Ouvrez-le pour suivre ou rejoindre l'intervention.",
            ],
            [
              `Vous êtes maintenant responsable des communications de ${n}\u00a0: ${TITLE}`,
              'guest vous a confié ce rôle, à la suite de guest.',
            ],
            [
              `Incident ${n} résolu\u00a0: ${TITLE}`,
              "alice a marqué comme résolu l'incident que vous avez déclaré.",
            ],
            [
              `Le post-mortem de ${n} est à rédiger`,
              `${n} (${TITLE}) est résolu. En tant que responsable du post-mortem, rédigez-le et soumettez-le à la revue.`,
            ],
          ],
    );
    expect(
      sentNotifications.map(s => [s.payload.topic, s.payload.severity]),
    ).toEqual([
      ['incident-declared', 'critical'],
      ['incident-role-assigned', 'critical'],
      ['incident-resolved', 'critical'],
      ['incidents', 'normal'],
    ]);
  });
});

describe.each(databases.eachSupportedId())(
  'postmortem review notifications of a security incident, on %s',
  databaseId => {
    const sentNotifications: NotificationSendOptions[] = [];
    const { api, declare } = useIncidentsBackend(databases, databaseId, {
      sentNotifications,
      catalogEntities,
      ownership,
      config: {
        incidents: {
          postmortems: { reviewers: [STOREFRONT, 'group:default/security'] },
        },
      },
    });

    it('reach only the reviewers who may read the incident', async () => {
      const incident = await declare({
        title: 'Customer addresses exposed',
        security: true,
        entityRefs: ['component:default/payments-gateway'],
      });
      const postmortem = `/api/incidents/incidents/${incident.number}/postmortem`;
      await api()
        .patch(postmortem)
        .set(as(GUEST))
        .send({
          updatedAt: null,
          sections: {
            summary: 'Addresses were readable for an hour.',
            impact: 'About 300 customers.',
            rootCause: 'A debug endpoint shipped enabled.',
            resolution: 'Disabled the endpoint.',
            evidence: 'https://grafana.example/d/payments',
          },
        })
        .expect(200);
      await api()
        .post(`/api/incidents/incidents/${incident.number}/action-items`)
        .set(as(GUEST))
        .send({
          title: 'Turn debug endpoints off in production builds',
          kind: 'prevent',
          ownerRef: 'group:default/payments-team',
        })
        .expect(201);
      sentNotifications.length = 0;
      const submitted = await api()
        .post(`${postmortem}/transitions`)
        .set(as(GUEST))
        .send({ status: 'in-review' });
      expect(submitted.status).toBe(200);
      // bob reviews postmortems (storefront) but may not read this incident; sam may.
      expect(sentNotifications.map(n => n.recipients)).toEqual([
        { type: 'entity', entityRef: [SAM], excludeEntityRef: GUEST },
      ]);
    });
  },
);
