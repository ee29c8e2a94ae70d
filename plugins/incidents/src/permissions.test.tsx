// Everything that changes incidents is hidden from people the permission policy denies.
// In its own file: usePermission caches answers for the whole test file.
import { Entity } from '@backstage/catalog-model';
import { mockApis } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import {
  anIncident,
  mockIncidentsApi,
  testEntities,
} from './__testUtils__/fixtures';
import { renderWithApis } from './__testUtils__/render';
import { EntityIncidentsContent } from './components/incidentLists/EntityIncidentsContent';
import { IncidentPage } from './components/incidentPage/IncidentPage';

jest.setTimeout(30_000);

// AuthorizeResult.DENY; the enum lives in a package this one does not depend on.
const denyAll = () => mockApis.permission({ authorize: () => 'DENY' as never });

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
});
