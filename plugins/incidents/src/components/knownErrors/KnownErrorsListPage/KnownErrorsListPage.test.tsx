import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  aKnownError,
  mockKnownErrorsApi,
} from '../../../__testUtils__/fixtures';
import { fakeSignalApi, renderWithApis } from '../../../__testUtils__/render';
import { KnownErrorsListPage } from './KnownErrorsListPage';

jest.setTimeout(30_000);

const page = (items = [aKnownError()], extra = {}) =>
  mockKnownErrorsApi({
    listKnownErrors: jest
      .fn()
      .mockResolvedValue({ items, totalItems: items.length, ...extra }),
  });

describe('KnownErrorsListPage', () => {
  it('lists the known errors with status, services, workaround, recurrence and last seen', async () => {
    const knownErrorsApi = page([
      aKnownError(),
      aKnownError({
        id: 'ke-9',
        number: 'KE-9',
        title: 'Payment webhooks time out',
        status: 'investigating',
        workaround: null,
        incidentCount: 0,
        lastSeenAt: null,
        entityRefs: ['component:default/payments-gateway'],
      }),
    ]);
    await renderWithApis(<KnownErrorsListPage />, { knownErrorsApi });
    const table = await screen.findByRole('region', { name: 'Known errors' });
    const rows = await within(table).findAllByRole('row');
    expect(rows[1]).toHaveTextContent(
      /KE-3.*Basket cache serves stale prices.*Workaround available.*cart-service.*Yes.*2.*1 day ago/,
    );
    expect(rows[2]).toHaveTextContent(
      /KE-9.*Payment webhooks time out.*Investigating.*payments-gateway.*Not yet.*0.*Never/,
    );
    expect(within(rows[1]).getByRole('link', { name: 'KE-3' })).toHaveAttribute(
      'href',
      '/known-errors/KE-3',
    );
    expect(screen.getByText('2 known errors')).toBeInTheDocument();
    expect(knownErrorsApi.listKnownErrors).toHaveBeenCalledWith({
      limit: 20,
      cursor: undefined,
    });
  });

  it('searches as you type, once typing pauses', async () => {
    const knownErrorsApi = page();
    await renderWithApis(<KnownErrorsListPage />, { knownErrorsApi });
    const search = await screen.findByRole('searchbox', { name: 'Search' });
    fireEvent.change(search, { target: { value: 'stale' } });
    fireEvent.change(search, { target: { value: 'stale pri' } });
    await waitFor(() =>
      expect(knownErrorsApi.listKnownErrors).toHaveBeenLastCalledWith({
        q: 'stale pri',
        limit: 20,
        cursor: undefined,
      }),
    );
    expect(
      knownErrorsApi.listKnownErrors.mock.calls.some(
        ([query]) => query.q === 'stale',
      ),
    ).toBe(false);
  });

  it('filters by status', async () => {
    const knownErrorsApi = page();
    await renderWithApis(<KnownErrorsListPage />, { knownErrorsApi });
    await userEvent.click(
      await screen.findByRole('button', { name: /Status/ }),
    );
    await userEvent.click(
      screen.getByRole('option', { name: 'Fix in progress' }),
    );
    await waitFor(() =>
      expect(knownErrorsApi.listKnownErrors).toHaveBeenLastCalledWith({
        status: ['fix-in-progress'],
        limit: 20,
        cursor: undefined,
      }),
    );
  });

  it('pages with the cursor the backend gave', async () => {
    const knownErrorsApi = page([aKnownError()], { nextCursor: 'next-1' });
    await renderWithApis(<KnownErrorsListPage />, { knownErrorsApi });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Next page' }),
    );
    await waitFor(() =>
      expect(knownErrorsApi.listKnownErrors).toHaveBeenLastCalledWith({
        limit: 20,
        cursor: 'next-1',
      }),
    );
  });

  it('explains what the known-error database is for before anything is recorded', async () => {
    await renderWithApis(<KnownErrorsListPage />, { knownErrorsApi: page([]) });
    expect(
      await screen.findByText('No known error recorded yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/recorded with its workaround so that the next person/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Record a known error' }),
    ).toBeInTheDocument();
  });

  it('reloads when a known error changes', async () => {
    const knownErrorsApi = page();
    const signals = fakeSignalApi();
    await renderWithApis(<KnownErrorsListPage />, { knownErrorsApi, signals });
    await screen.findByText('KE-3');
    const calls = knownErrorsApi.listKnownErrors.mock.calls.length;
    signals.knownErrorChanged({ knownErrorId: 'ke-1' });
    await waitFor(() =>
      expect(knownErrorsApi.listKnownErrors.mock.calls.length).toBe(calls + 1),
    );
  });
});
