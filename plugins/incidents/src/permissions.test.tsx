// Everything that changes incidents is hidden from people the permission policy denies.
// In its own file: usePermission caches answers for the whole test file.
import { Entity } from '@backstage/catalog-model';
import { mockApis } from '@backstage/test-utils';
import { Postmortem } from '@incident-response/backstage-plugin-incidents-common';
import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import {
  aKnownError,
  anActionItem,
  anIncident,
  aPostmortem,
  aSuggestion,
  mockIncidentsApi,
  mockKnownErrorsApi,
  mockPostmortemsApi,
  testEntities,
} from './__testUtils__/fixtures';
import { renderWithApis } from './__testUtils__/render';
import { EntityIncidentsContent } from './components/incidentLists/EntityIncidentsContent';
import { IncidentPage } from './components/incidentPage/IncidentPage';
import { KnownErrorsRouter } from './components/knownErrors/KnownErrorsRouter';

jest.setTimeout(30_000);

// AuthorizeResult.DENY; the enum lives in a package this one does not depend on.
const denyAll = () => mockApis.permission({ authorize: () => 'DENY' as never });

/** A policy that denies everything and says what it was asked. */
function denyAndRecord() {
  const authorize = jest.fn(
    (_request: { permission: { name: string }; resourceRef?: string }) =>
      'DENY' as never,
  );
  /** The resource refs it was asked `name` with. */
  const resourceRefs = (name: string) =>
    authorize.mock.calls
      .filter(([request]) => request.permission.name === name)
      .map(([request]) => request.resourceRef);
  return {
    permission: mockApis.permission({ authorize }),
    resourceRefs,
    asked: (name: string) =>
      waitFor(() =>
        expect(
          authorize.mock.calls.map(([request]) => request.permission.name),
        ).toContain(name),
      ),
  };
}

/** The Postmortem tab of INC-7, its postmortem as given, everything denied. */
function renderPostmortemTab(postmortem: Postmortem) {
  return renderWithApis(
    <Routes>
      <Route
        path="/incidents/:id/postmortem"
        element={<IncidentPage tab="postmortem" />}
      />
    </Routes>,
    {
      routeEntries: ['/incidents/INC-7/postmortem'],
      postmortemsApi: mockPostmortemsApi({
        getPostmortem: jest.fn().mockResolvedValue(postmortem),
      }),
      permission: denyAll(),
    },
  );
}

describe('without permission', () => {
  it('the Incidents tab has no Declare incident button', async () => {
    await renderWithApis(<EntityIncidentsContent />, {
      api: mockIncidentsApi({
        listIncidents: jest
          .fn()
          .mockResolvedValue({ items: [anIncident()], totalItems: 1 }),
      }),
      entity: testEntities[0] as Entity,
      permission: denyAll(),
    });
    await screen.findByRole('region', { name: 'Active incidents' });
    expect(
      screen.queryByRole('button', { name: 'Declare incident' }),
    ).not.toBeInTheDocument();
  });

  it('the incident page has no status actions, role buttons or entry form', async () => {
    const policy = denyAndRecord();
    await renderWithApis(
      <Routes>
        <Route path="/incidents/:id" element={<IncidentPage />} />
      </Routes>,
      { routeEntries: ['/incidents/INC-7'], permission: policy.permission },
    );
    await screen.findByRole('heading', { name: 'Cart totals are wrong' });
    await policy.asked('incident.update');
    // About this incident by its id, not by the INC-7 of the address.
    expect(new Set(policy.resourceRefs('incident.update'))).toEqual(
      new Set([anIncident().id]),
    );
    expect(screen.getByText('Incident commander')).toBeInTheDocument();
    for (const name of [
      /^Resolve$/,
      /^Mark mitigated$/,
      /^Hand over/,
      /^Assign/,
      /^Add$/,
    ]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });

  it('the known error’s page offers no editing or status changes', async () => {
    const policy = denyAndRecord();
    await renderWithApis(
      <Routes>
        <Route path="/known-errors/*" element={<KnownErrorsRouter />} />
      </Routes>,
      {
        routeEntries: ['/known-errors/KE-3'],
        permission: policy.permission,
      },
    );
    await screen.findByRole('heading', {
      name: 'Basket cache serves stale prices',
    });
    await policy.asked('knownError.update');
    // About this known error by its id, not by the KE-3 of the address.
    expect(new Set(policy.resourceRefs('knownError.update'))).toEqual(
      new Set([aKnownError().id]),
    );
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(
      screen.queryByRole('group', { name: 'Change the status to' }),
    ).toBeNull();
    expect(screen.queryByRole('button', { name: 'Fixed' })).toBeNull();
  });

  it('the known errors page offers no recording', async () => {
    // knownError.create was denied (and cached) with the incident page's panel above.
    await renderWithApis(
      <Routes>
        <Route path="/known-errors/*" element={<KnownErrorsRouter />} />
      </Routes>,
      {
        routeEntries: ['/known-errors'],
        knownErrorsApi: mockKnownErrorsApi({
          listKnownErrors: jest
            .fn()
            .mockResolvedValue({ items: [aKnownError()], totalItems: 1 }),
        }),
        permission: denyAll(),
      },
    );
    await screen.findByText('Basket cache serves stale prices');
    expect(
      screen.queryByRole('button', { name: 'Record a known error' }),
    ).toBeNull();
  });

  it('the incident’s known errors panel offers no link, unlink or recording', async () => {
    await renderWithApis(
      <Routes>
        <Route path="/incidents/:id" element={<IncidentPage />} />
      </Routes>,
      {
        routeEntries: ['/incidents/INC-7'],
        api: mockIncidentsApi({
          getIncident: jest.fn().mockResolvedValue(
            anIncident({
              knownErrors: [
                {
                  id: 'ke-1',
                  number: 'KE-1',
                  title: 'Price feed lags behind',
                  status: 'workaround',
                  workaround: 'Use the backup feed',
                },
              ],
            }),
          ),
        }),
        knownErrorsApi: mockKnownErrorsApi({
          suggestKnownErrors: jest
            .fn()
            .mockResolvedValue({ items: [aSuggestion()] }),
        }),
        permission: denyAll(),
      },
    );
    expect(
      await screen.findByRole('link', {
        name: 'KE-3: Basket cache serves stale prices',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Use the backup feed')).toBeInTheDocument();
    for (const name of [/^Link /, /^Unlink /, /^Record as known error$/]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });

  it('the Postmortem tab is read-only: no editing, review, action items or status changes', async () => {
    await renderPostmortemTab(
      aPostmortem({
        updatedAt: '2026-12-01T10:00:00.000Z',
        actionItems: [anActionItem()],
      }),
    );
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(
      within(summary).getByText(
        'Basket totals ignored discounts for 40 minutes.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText('Open')).toBeInTheDocument();
    for (const name of [
      /^Submit for review$/,
      /^Add an action item$/,
      /^Status of /,
      /^Write$/,
    ]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });

  it('an optional postmortem not started cannot be started', async () => {
    await renderPostmortemTab(aPostmortem({ required: false }));
    expect(
      await screen.findByText(
        'No postmortem has been started for this incident.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Start a postmortem' }),
    ).toBeNull();
  });
});
