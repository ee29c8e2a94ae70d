import { Entity } from '@backstage/catalog-model';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  aKnownError,
  anIncident,
  mockIncidentsApi,
  mockKnownErrorsApi,
  testEntities,
} from '../../../__testUtils__/fixtures';
import { someMetrics } from '../../../__testUtils__/metricsFixtures';
import { fakeSignalApi, renderWithApis } from '../../../__testUtils__/render';
import { EntityIncidentsContent } from './EntityIncidentsContent';

jest.setTimeout(30_000);

const cartService = testEntities[0] as Entity;
const ENTITY_REF = 'component:default/cart-service';

const active = anIncident({
  id: 'active-1',
  number: 'INC-9',
  title: 'Checkout returns 502',
  severity: 'SEV1',
  roles: [
    ...anIncident().roles,
    {
      role: 'communications-lead',
      userRef: 'user:default/amelie.tremblay',
      assignedAt: new Date().toISOString(),
      assignedByRef: 'user:default/guest',
      note: null,
    },
  ],
});
const past = anIncident({
  id: 'past-1',
  number: 'INC-3',
  title: 'Slow basket pages',
  severity: 'SEV3',
  status: 'resolved',
});

/** Answers the active query (status active+mitigated) and the history query apart. */
function apiWith(options: {
  active?: ReturnType<typeof anIncident>[];
  past?: ReturnType<typeof anIncident>[];
  nextCursor?: string;
}) {
  return mockIncidentsApi({
    listIncidents: jest.fn(async query =>
      query.status?.includes('active')
        ? {
            items: options.active ?? [],
            totalItems: options.active?.length ?? 0,
          }
        : {
            items: options.past ?? [],
            totalItems: query.cursor ? undefined : options.past?.length ?? 0,
            nextCursor: query.cursor ? undefined : options.nextCursor,
          },
    ),
  });
}

describe('EntityIncidentsContent', () => {
  it('explains the tab when the entity has no incident', async () => {
    const api = apiWith({});
    await renderWithApis(<EntityIncidentsContent />, {
      api,
      entity: cartService,
    });
    expect(
      await screen.findByText('No incident on Cart service yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/This tab lists the incidents that affect Cart service/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Declare incident' }),
    ).toBeEnabled();
    expect(api.listIncidents).toHaveBeenCalledWith(
      expect.objectContaining({
        entityRef: ENTITY_REF,
        status: ['active', 'mitigated'],
      }),
    );
  });

  it('shows active incidents first, then past ones', async () => {
    const api = apiWith({ active: [active], past: [past] });
    await renderWithApis(<EntityIncidentsContent />, {
      api,
      entity: cartService,
    });

    const activeRegion = await screen.findByRole('region', {
      name: 'Active incidents',
    });
    const historyRegion = screen.getByRole('region', {
      name: 'Past incidents',
    });
    expect(
      activeRegion.compareDocumentPosition(historyRegion) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    const row = within(activeRegion)
      .getByRole('link', { name: 'INC-9' })
      .closest('tr')!;
    expect(within(row).getByText('Checkout returns 502')).toBeInTheDocument();
    expect(within(row).getByText('SEV1')).toBeInTheDocument();
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(within(row).getByText(/hour ago/)).toBeInTheDocument();
    // The incident commander, and how many other roles are held.
    expect(within(row).getByText('+2')).toHaveAccessibleName(
      'and 2 more roles: Operations lead, Communications lead',
    );
    expect(within(row).getByRole('link', { name: 'INC-9' })).toHaveAttribute(
      'href',
      '/incidents/INC-9',
    );

    expect(
      within(historyRegion).getByRole('link', { name: 'INC-3' }),
    ).toBeInTheDocument();
    expect(within(historyRegion).getByText('Resolved')).toBeInTheDocument();
    expect(api.listIncidents).toHaveBeenCalledWith(
      expect.objectContaining({
        entityRef: ENTITY_REF,
        status: ['resolved', 'closed'],
      }),
    );
  });

  it("shows the entity's time to detect and time to recover after its incidents", async () => {
    const api = apiWith({ past: [past] });
    api.getMetrics.mockResolvedValue(someMetrics());
    await renderWithApis(<EntityIncidentsContent />, {
      api,
      entity: cartService,
    });
    const metrics = await screen.findByRole('region', {
      name: 'Time to detect and time to recover',
    });
    expect(
      screen
        .getByRole('region', { name: 'Past incidents' })
        .compareDocumentPosition(metrics) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    for (const chart of [
      'Incidents by severity',
      'Time to detect',
      'Time to recover',
    ]) {
      // Charts after the first are drawn once the first has been painted.
      expect(
        await within(metrics).findByRole(
          'region',
          { name: chart },
          { timeout: 5_000 },
        ),
      ).toBeInTheDocument();
    }
    expect(api.getMetrics).toHaveBeenCalledWith(
      expect.objectContaining({ entityRef: ENTITY_REF, bucket: 'month' }),
    );
  });

  it('explains the empty charts with the entity name', async () => {
    const api = apiWith({ active: [active] });
    await renderWithApis(<EntityIncidentsContent />, {
      api,
      entity: cartService,
    });
    expect(
      await screen.findByText('No incident to measure yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /appear here once incidents on Cart service in this period/,
      ),
    ).toBeInTheDocument();
  });

  it('filters past incidents by severity and pages with the cursor', async () => {
    const api = apiWith({
      active: [active],
      past: [past],
      nextCursor: 'cursor-2',
    });
    await renderWithApis(<EntityIncidentsContent />, {
      api,
      entity: cartService,
    });
    await screen.findByRole('region', { name: 'Past incidents' });

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() =>
      expect(api.listIncidents).toHaveBeenCalledWith(
        expect.objectContaining({
          cursor: 'cursor-2',
          status: ['resolved', 'closed'],
        }),
      ),
    );
    expect(screen.getByText('Page 2')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /Severity/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: /SEV3 - Minor/ }),
    );
    await waitFor(() =>
      expect(api.listIncidents).toHaveBeenLastCalledWith(
        expect.objectContaining({
          entityRef: ENTITY_REF,
          severity: ['SEV3'],
          status: ['resolved', 'closed'],
          cursor: undefined,
        }),
      ),
    );
    // A new filter starts again at the first page.
    expect(screen.getByText('Page 1')).toBeInTheDocument();
  });

  it('reloads when an incident of this entity changes, and only then', async () => {
    const signals = fakeSignalApi();
    const api = apiWith({ active: [], past: [past] });
    await renderWithApis(<EntityIncidentsContent />, {
      api,
      entity: cartService,
      signals,
    });
    await screen.findByRole('region', { name: 'Past incidents' });
    const callsBefore = api.listIncidents.mock.calls.length;

    act(() =>
      signals.incidentChanged({
        incidentId: 'other',
        entityRefs: ['component:default/payments-gateway'],
      }),
    );
    await new Promise(r => setTimeout(r, 50));
    expect(api.listIncidents.mock.calls.length).toBe(callsBefore);

    api.listIncidents.mockImplementation(async query =>
      query.status?.includes('active')
        ? { items: [active], totalItems: 1 }
        : { items: [past], totalItems: 1 },
    );
    act(() =>
      signals.incidentChanged({
        incidentId: active.id,
        number: active.number,
        entityRefs: [ENTITY_REF],
      }),
    );
    const activeRegion = await screen.findByRole('region', {
      name: 'Active incidents',
    });
    expect(
      await within(activeRegion).findByRole('link', { name: 'INC-9' }),
    ).toBeInTheDocument();
  });

  describe('the known errors line', () => {
    const knownErrorsApi = (totalItems: number) =>
      mockKnownErrorsApi({
        listKnownErrors: jest.fn().mockResolvedValue({
          items: totalItems > 0 ? [aKnownError()] : [],
          totalItems,
        }),
      });

    it('says how many known errors affect the entity and links to its Known errors tab', async () => {
      const errors = knownErrorsApi(3);
      await renderWithApis(<EntityIncidentsContent />, {
        api: apiWith({ active: [active] }),
        knownErrorsApi: errors,
        entity: cartService,
      });
      expect(
        await screen.findByText(/3 known errors affect Cart service\./),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('link', { name: 'See them and their workarounds' }),
      ).toHaveAttribute(
        'href',
        '/catalog/default/component/cart-service/known-errors',
      );
      // Those that still affect it: not fixed, not retired.
      expect(errors.listKnownErrors).toHaveBeenCalledWith({
        entityRef: ENTITY_REF,
        status: ['investigating', 'workaround', 'fix-in-progress'],
        limit: 1,
      });
    });

    it('shows above the empty state too, and links to the tab path given', async () => {
      await renderWithApis(
        <EntityIncidentsContent knownErrorsTabPath="kedb" />,
        {
          api: apiWith({}),
          knownErrorsApi: knownErrorsApi(1),
          entity: cartService,
        },
      );
      expect(
        await screen.findByText(/1 known error affects Cart service\./),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('link', { name: 'See them and their workarounds' }),
      ).toHaveAttribute('href', '/catalog/default/component/cart-service/kedb');
    });

    it('says nothing when no known error affects it', async () => {
      await renderWithApis(<EntityIncidentsContent />, {
        api: apiWith({ active: [active] }),
        knownErrorsApi: knownErrorsApi(0),
        entity: cartService,
      });
      await screen.findByRole('region', { name: 'Active incidents' });
      expect(screen.queryByText(/known errors? affects?/)).toBeNull();
    });
  });
});
