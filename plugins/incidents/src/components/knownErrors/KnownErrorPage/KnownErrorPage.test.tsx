import { NotFoundError } from '@backstage/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { KnownErrorDetails } from '@incident-response/backstage-plugin-incidents-common';
import {
  aKnownErrorDetails,
  mockKnownErrorsApi,
} from '../../../__testUtils__/fixtures';
import { fakeSignalApi, renderWithApis } from '../../../__testUtils__/render';
import { aFailedResponse } from '../../../__testUtils__/responseErrors';
import { KnownErrorPage } from './KnownErrorPage';

jest.setTimeout(30_000);

const daysAgo = (days: number) =>
  new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString();

const knownError: KnownErrorDetails = aKnownErrorDetails({
  workaround:
    'Flush the price cache: `make flush-prices`. [Runbook](javascript:alert(1))',
  incidents: [
    {
      id: 'i-9',
      number: 'INC-9',
      title: 'Discounts missing at checkout',
      status: 'active',
      severity: 'SEV1',
      declaredAt: daysAgo(1),
    },
    {
      id: 'i-4',
      number: 'INC-4',
      title: 'Wrong basket totals',
      status: 'closed',
      severity: 'SEV3',
      declaredAt: daysAgo(20),
    },
  ],
  history: [
    {
      id: 'h1',
      kind: 'created',
      actorRef: 'user:default/amelie.tremblay',
      at: daysAgo(30),
      changes: null,
      incident: null,
    },
    {
      id: 'h2',
      kind: 'incident-linked',
      actorRef: 'user:default/guest',
      at: daysAgo(20),
      changes: null,
      incident: { id: 'i-4', number: 'INC-4' },
    },
    {
      id: 'h3',
      kind: 'updated',
      actorRef: 'user:default/guest',
      at: daysAgo(10),
      changes: {
        workaround: { from: null, to: 'Flush' },
        rootCause: { from: null, to: 'Cache' },
      },
      incident: null,
    },
    {
      id: 'h4',
      kind: 'status-changed',
      actorRef: 'user:default/guest',
      at: daysAgo(9),
      changes: { status: { from: 'investigating', to: 'workaround' } },
      incident: null,
    },
  ],
});

function renderPage(
  knownErrorsApi = mockKnownErrorsApi({
    getKnownError: jest.fn().mockResolvedValue(knownError),
  }),
  options: Parameters<typeof renderWithApis>[1] = {},
) {
  return renderWithApis(
    <Routes>
      <Route path="/known-errors/:id" element={<KnownErrorPage />} />
    </Routes>,
    { knownErrorsApi, routeEntries: ['/known-errors/KE-3'], ...options },
  );
}

describe('KnownErrorPage', () => {
  it('shows every field, the Markdown rendered safely, and its services and owners', async () => {
    const { knownErrorsApi } = await renderPage();
    expect(
      await screen.findByRole('heading', {
        name: 'Basket cache serves stale prices',
      }),
    ).toBeInTheDocument();
    expect(knownErrorsApi.getKnownError).toHaveBeenCalledWith('KE-3');
    expect(screen.getAllByText('Workaround available').length).toBeGreaterThan(
      0,
    );
    for (const heading of [
      'Symptoms',
      'Workaround',
      'Root cause',
      'Permanent fix',
    ]) {
      expect(
        screen.getByRole('heading', { name: heading }),
      ).toBeInTheDocument();
    }
    expect(screen.getByText('discounts').tagName).toBe('STRONG');
    expect(screen.getByText('make flush-prices').tagName).toBe('CODE');
    // A script link is shown as text, not as a link.
    expect(screen.queryByRole('link', { name: 'Runbook' })).toBeNull();
    expect(
      screen.getByText('Invalidate the cache on promotion events.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /tracker\.example\.com\/SHOP-42/ }),
    ).toHaveAttribute('href', 'https://tracker.example.com/SHOP-42');
    expect(screen.getByRole('link', { name: /cart-service/ })).toHaveAttribute(
      'href',
      '/catalog/default/component/cart-service',
    );
    expect(
      screen.getByRole('link', { name: /storefront-team/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('Caused 2 incidents')).toBeInTheDocument();
  });

  it('says what is not recorded yet', async () => {
    await renderPage(
      mockKnownErrorsApi({
        getKnownError: jest.fn().mockResolvedValue(
          aKnownErrorDetails({
            status: 'investigating',
            rootCause: null,
            workaround: null,
            permanentFix: null,
            fixUrl: null,
            incidentCount: 0,
            lastSeenAt: null,
          }),
        ),
      }),
    );
    expect(await screen.findAllByText('Not recorded yet.')).toHaveLength(3);
    expect(screen.getByText('No incident linked yet')).toBeInTheDocument();
    expect(
      screen.getByText(/No incident is linked to it yet/),
    ).toBeInTheDocument();
  });

  it('lists the incidents it caused, newest first, with severity and status', async () => {
    await renderPage();
    const table = await screen.findByRole('region', {
      name: 'Incidents it caused',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(
      /INC-9.*Discounts missing at checkout.*SEV1.*Active/,
    );
    expect(rows[2]).toHaveTextContent(
      /INC-4.*Wrong basket totals.*SEV3.*Closed/,
    );
    expect(
      within(rows[1]).getByRole('link', { name: 'INC-9' }),
    ).toHaveAttribute('href', '/incidents/INC-9');
  });

  it('shows its history, newest first: who, when and what', async () => {
    await renderPage();
    const history = await screen.findByRole('list', { name: 'History' });
    const entries = within(history).getAllByRole('listitem');
    expect(entries.map(entry => entry.firstChild!.textContent)).toEqual([
      'Changed the status from Investigating to Workaround available',
      'Changed the workaround and root cause',
      'Linked INC-4',
      'Recorded it',
    ]);
    expect(
      within(entries[2]).getByRole('link', { name: 'INC-4' }),
    ).toHaveAttribute('href', '/incidents/INC-4');
    expect(
      within(entries[3]).getByRole('link', { name: /amelie.tremblay/ }),
    ).toBeInTheDocument();
  });

  it('changes the status with the moves allowed, in plain words', async () => {
    const { knownErrorsApi } = await renderPage();
    const group = await screen.findByRole('group', {
      name: 'Change the status to',
    });
    expect(
      within(group)
        .getAllByRole('button')
        .map(button => button.textContent),
    ).toEqual(['Fix in progress', 'Fixed', 'Retired']);
    await userEvent.click(within(group).getByRole('button', { name: 'Fixed' }));
    await waitFor(() =>
      expect(knownErrorsApi.updateKnownError).toHaveBeenCalledWith(
        knownError.id,
        { status: 'fixed' },
      ),
    );
    await waitFor(() =>
      expect(knownErrorsApi.getKnownError).toHaveBeenCalledTimes(2),
    );
  });

  it('offers “Investigating again” when a fixed one comes back', async () => {
    await renderPage(
      mockKnownErrorsApi({
        getKnownError: jest
          .fn()
          .mockResolvedValue(aKnownErrorDetails({ status: 'fixed' })),
      }),
    );
    const group = await screen.findByRole('group', {
      name: 'Change the status to',
    });
    expect(
      within(group).getByRole('button', { name: 'Investigating again' }),
    ).toBeInTheDocument();
  });

  it('edits it with the same form', async () => {
    await renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit KE-3' });
    expect(
      within(dialog).getByRole('textbox', { name: /^Problem/ }),
    ).toHaveValue('Basket cache serves stale prices');
  });

  it('reloads when the known error changes', async () => {
    const signals = fakeSignalApi();
    const { knownErrorsApi } = await renderPage(undefined, { signals });
    await screen.findByRole('heading', {
      name: 'Basket cache serves stale prices',
    });
    signals.knownErrorChanged({ knownErrorId: 'another' });
    signals.knownErrorChanged({ knownErrorId: knownError.id });
    await waitFor(() =>
      expect(knownErrorsApi.getKnownError).toHaveBeenCalledTimes(2),
    );
  });

  it('says an unknown known error does not exist, with the way back', async () => {
    await renderPage(
      mockKnownErrorsApi({
        getKnownError: jest
          .fn()
          .mockRejectedValue(new NotFoundError('No known error KE-3')),
      }),
    );
    expect(await screen.findByText('No known error KE-3')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Back to the known errors' }),
    ).toHaveAttribute('href', '/known-errors');
  });

  it('says why other failures happened, in words for the user', async () => {
    await renderPage(
      mockKnownErrorsApi({
        getKnownError: jest.fn().mockRejectedValue(
          await aFailedResponse(500, {
            name: 'Error',
            message: 'backend down',
          }),
        ),
      }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load this known error');
    expect(alert).toHaveTextContent(
      'Something went wrong on the server; try again in a moment.',
    );
    expect(alert).not.toHaveTextContent('backend down');
  });
});
