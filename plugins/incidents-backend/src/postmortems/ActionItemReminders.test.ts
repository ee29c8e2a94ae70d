import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import { as, GUEST, useIncidentsBackend } from '../__testUtils__/incidentsApi';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { ActionItemReminders } from './ActionItemReminders';
import { DatabaseIncidentsStore } from '../incidents/DatabaseIncidentsStore';
import { DatabasePostmortemsStore } from './DatabasePostmortemsStore';
import { addDays, dayOf } from './days';
import { frenchDay } from '../lib/text/frenchNames';
import { PeopleDirectory } from '../catalog/PeopleDirectory';
import { NOTIFICATION_TEXTS } from '../listeners/notificationTexts';
import { PostmortemNotifier } from './PostmortemNotifier';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const PAYMENTS = 'group:default/payments-team';
const ALICE = 'user:default/alice';

const member = (name: string, team: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf: [team] },
  relations: [{ type: 'memberOf', targetRef: `group:default/${team}` }],
});

const TEAMS = [member('alice', 'payments-team'), member('bob', 'sre-team')];

/** Noon UTC of a day, as the scheduler's clock would read it. */
const at = (day: string) => new Date(`${day}T12:00:00Z`);

describe.each(databases.eachSupportedId())(
  'action-item reminders on %s',
  databaseId => {
    const { api, database, declare } = useIncidentsBackend(
      databases,
      databaseId,
    );
    const sent: NotificationSendOptions[] = [];
    let failing = false;
    const notifications: NotificationService = {
      send: async notification => {
        if (failing) {
          throw new Error('The notifications backend is down');
        }
        sent.push(notification);
      },
    };
    const reminders = (language: 'en' | 'fr' = 'en') =>
      new ActionItemReminders({
        store: new DatabasePostmortemsStore(database()),
        incidents: new DatabaseIncidentsStore(database()),
        notifier: new PostmortemNotifier({
          notifications,
          texts: NOTIFICATION_TEXTS[language],
          reviewerRefs: [],
          // Who may read a security incident: alice of payments-team, not bob of the SRE team.
          people: new PeopleDirectory(
            catalogServiceMock({ entities: TEAMS }),
            mockServices.auth.mock(),
          ),
          securityResponderGroups: [],
          logger: mockServices.logger.mock(),
        }),
        logger: mockServices.logger.mock(),
      });

    const today = dayOf(Date.now());

    async function addItem(body: Record<string, unknown>) {
      const incident = await declare({});
      const res = await api()
        .post(`/api/incidents/incidents/${incident.number}/action-items`)
        .set(as(GUEST))
        .send({
          title: 'Drain connections on restart',
          kind: 'prevent',
          ownerRef: PAYMENTS,
          ...body,
        });
      expect(res.status).toBe(201);
      return res.body;
    }

    const editItem = (id: string, body: Record<string, unknown>) =>
      api()
        .patch(`/api/incidents/action-items/${id}`)
        .set(as(GUEST))
        .send(body)
        .expect(200);

    /** What `run` sent about `itemId`, and forgets it. */
    const sentAbout = (itemId: string) => {
      const about = sent.filter(
        n => n.payload.scope === `incidents:action-item:${itemId}`,
      );
      sent.length = 0;
      return about;
    };

    beforeEach(() => {
      sent.length = 0;
      failing = false;
    });

    it('reminds of a security incident’s item only those of its owners who may read the incident', async () => {
      const incident = await declare({
        title: 'Customer addresses exposed',
        security: true,
        entityRefs: ['component:default/payments-gateway'],
      });
      const dueOn = addDays(today, 3);
      const res = await api()
        .post(`/api/incidents/incidents/${incident.number}/action-items`)
        .set(as(GUEST))
        .send({
          title: 'Rotate the exposed keys',
          kind: 'mitigate',
          ownerRef: 'group:default/sre-team',
          assigneeRef: ALICE,
          dueOn,
        });
      expect(res.status).toBe(201);
      await reminders().run(at(today));
      // The SRE team (bob) owns the item but not the incident; alice's team owns it.
      expect(sentAbout(res.body.id).map(n => n.recipients)).toEqual([
        { type: 'entity', entityRef: [ALICE] },
      ]);
    });

    it('reminds the owners and the assignee a week before, then once overdue, each once', async () => {
      const dueOn = addDays(today, 10);
      const item = await addItem({ dueOn, assigneeRef: ALICE });

      await reminders().run(at(addDays(dueOn, -8)));
      expect(sentAbout(item.id)).toEqual([]);

      await reminders().run(at(addDays(dueOn, -7)));
      expect(sentAbout(item.id)).toEqual([
        {
          recipients: { type: 'entity', entityRef: [PAYMENTS, ALICE] },
          payload: {
            title: `Action item due on ${dueOn}: Drain connections on restart`,
            description: expect.stringContaining('owned by payments-team'),
            link: `/incidents/${item.incidentNumber}`,
            severity: 'normal',
            topic: 'incidents',
            scope: `incidents:action-item:${item.id}`,
          },
        },
      ]);
      await reminders().run(at(addDays(dueOn, -7)));
      await reminders().run(at(dueOn));
      expect(sentAbout(item.id)).toEqual([]);

      await reminders().run(at(addDays(dueOn, 1)));
      expect(sentAbout(item.id)).toEqual([
        expect.objectContaining({
          payload: expect.objectContaining({
            title: `Action item overdue since ${dueOn}: Drain connections on restart`,
            severity: 'high',
            // The same scope: the overdue reminder replaces the first one.
            scope: `incidents:action-item:${item.id}`,
          }),
        }),
      ]);
      await reminders().run(at(addDays(dueOn, 2)));
      await reminders().run(at(addDays(dueOn, 30)));
      expect(sentAbout(item.id)).toEqual([]);
    });

    it('never reminds of an item once it is done or won’t do', async () => {
      const dueOn = addDays(today, 3);
      const done = await addItem({ dueOn });
      const dropped = await addItem({ dueOn });
      await editItem(done.id, { status: 'done' });
      await editItem(dropped.id, { status: 'wont-do', reason: 'Replaced' });
      await reminders().run(at(today));
      await reminders().run(at(addDays(dueOn, 1)));
      expect(
        sent.filter(n =>
          [done.id, dropped.id].some(id => n.payload.scope?.endsWith(id)),
        ),
      ).toEqual([]);
    });

    it('tries again on the next run when a reminder could not be sent', async () => {
      const dueOn = addDays(today, -1);
      const item = await addItem({ dueOn });
      failing = true;
      const failed = await reminders().run(at(today));
      expect(failed.failed).toBeGreaterThan(0);
      failing = false;
      await reminders().run(at(today));
      expect(sentAbout(item.id)).toHaveLength(1);
      await reminders().run(at(today));
      expect(sentAbout(item.id)).toEqual([]);
    });

    it('reminds again when the due day moves, in the configured language', async () => {
      const dueOn = addDays(today, 2);
      const item = await addItem({ dueOn });
      await reminders('fr').run(at(today));
      expect(sentAbout(item.id)[0].payload.title).toBe(
        `Action à terminer d'ici le ${frenchDay(
          dueOn,
        )}\u00a0: Drain connections on restart`,
      );
      const later = addDays(today, 5);
      await editItem(item.id, { dueOn: later });
      await reminders('fr').run(at(today));
      expect(sentAbout(item.id)[0].payload.title).toBe(
        `Action à terminer d'ici le ${frenchDay(
          later,
        )}\u00a0: Drain connections on restart`,
      );
    });
  },
);
