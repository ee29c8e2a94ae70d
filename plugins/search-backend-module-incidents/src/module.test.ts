import {
  coreServices,
  createServiceFactory,
  SchedulerServiceTaskInvocationDefinition,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  TestBackend,
} from '@backstage/backend-test-utils';
import searchPlugin from '@backstage/plugin-search-backend';
import {
  GUEST,
  seed,
  startIncidentsBackend,
} from './__testUtils__/incidentsBackend';
import searchModuleIncidentsCollators from '.';

jest.setTimeout(60_000);

describe('the search module in a backend with the search and incidents plugins', () => {
  let backend: TestBackend;
  /** The tasks of scheduled task runners, run when the test says. */
  const tasks = new Map<
    string,
    SchedulerServiceTaskInvocationDefinition & {
      schedule: SchedulerServiceTaskScheduleDefinition;
    }
  >();
  const scheduler = createServiceFactory({
    service: coreServices.scheduler,
    deps: {},
    factory: () =>
      mockServices.scheduler.mock({
        createScheduledTaskRunner: schedule => ({
          run: async task => {
            tasks.set(task.id, { ...task, schedule });
          },
        }),
      }),
  });

  beforeAll(async () => {
    backend = await startIncidentsBackend({
      features: [searchPlugin, searchModuleIncidentsCollators, scheduler],
      config: {
        search: {
          collators: {
            incidents: {
              schedule: { frequency: { minutes: 1 }, timeout: { minutes: 2 } },
            },
          },
        },
      },
    });
  });

  afterAll(async () => {
    await backend.stop();
  });

  async function search(term: string, type?: string) {
    const url = new URL(
      `http://localhost:${backend.server.port()}/api/search/query`,
    );
    url.searchParams.set('term', term);
    if (type) {
      url.searchParams.set('types[0]', type);
    }
    const response = await fetch(url, {
      headers: { Authorization: mockCredentials.user.header(GUEST) },
    });
    expect(response.status).toBe(200);
    return (await response.json()).results as Array<{
      type: string;
      document: { title: string; location: string };
    }>;
  }

  it('registers one collator per document type on the configured schedule', async () => {
    for (const id of [
      'search_index_incident',
      'search_index_known_error',
      'search_index_postmortem',
    ]) {
      expect([id, tasks.get(id)?.schedule]).toEqual([
        id,
        { frequency: { minutes: 1 }, timeout: { minutes: 2 } },
      ]);
    }
  });

  it('makes incidents, known errors and postmortems findable by type once collated', async () => {
    const { declare, recordKnownError, writePostmortem } = seed(backend);
    const incident = await declare({
      title: 'Checkout returns 502 for every basket',
      description: 'Payments time out at the gateway.',
    });
    const knownError = await recordKnownError({
      title: 'Gateway timeouts under load',
      symptoms: 'Payments time out at the gateway.',
      workaround: 'Scale the gateway out.',
    });
    await writePostmortem(incident.number, {
      summary: 'Payments timed out at the gateway for 20 minutes.',
    });

    for (const id of [
      'search_index_incident',
      'search_index_known_error',
      'search_index_postmortem',
    ]) {
      await tasks.get(id)!.fn(new AbortController().signal);
    }

    const all = await search('gateway');
    expect(all.map(result => [result.type, result.document.location])).toEqual(
      expect.arrayContaining([
        ['incident', `/incidents/${incident.number}`],
        ['known-error', `/known-errors/${knownError.number}`],
        ['postmortem', `/incidents/${incident.number}/postmortem`],
      ]),
    );

    const knownErrors = await search('gateway', 'known-error');
    expect(knownErrors.map(result => result.document.title)).toEqual([
      `${knownError.number} · Gateway timeouts under load`,
    ]);
  });
});
