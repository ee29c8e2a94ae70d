// Everything that changes incidents is hidden from people the permission policy denies.
// In its own file: usePermission caches answers for the whole test file.
import { Entity } from '@backstage/catalog-model';
import { mockApis } from '@backstage/test-utils';
import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import {
  aKnownError,
  anIncident,
  aSuggestion,
  mockIncidentsApi,
  mockKnownErrorsApi,
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
    (_request: { permission: { name: string } }) => 'DENY' as never,
  );
  return {
    permission: mockApis.permission({ authorize }),
    asked: (name: string) =>
      waitFor(() =>
        expect(
          authorize.mock.calls.map(([request]) => request.permission.name),
        ).toContain(name),
      ),
  };
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
    await renderWithApis(
      <Routes>
        <Route path="/incidents/:id" element={<IncidentPage />} />
      </Routes>,
      { routeEntries: ['/incidents/INC-7'], permission: denyAll() },
    );
    await screen.findByRole('heading', { name: 'Cart totals are wrong' });
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
});
