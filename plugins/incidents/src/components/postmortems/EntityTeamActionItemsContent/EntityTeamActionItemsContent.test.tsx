import { Entity } from '@backstage/catalog-model';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  anActionItem,
  dayFromToday,
  mockPostmortemsApi,
  someActionItemSlo,
  testEntities,
} from '../../../__testUtils__/fixtures';
import { fakeSignalApi, renderWithApis } from '../../../__testUtils__/render';
import { EntityTeamActionItemsContent } from './EntityTeamActionItemsContent';

jest.setTimeout(30_000);

const storefront = testEntities.find(
  e => e.metadata.name === 'storefront-team',
) as Entity;
const TEAM_REF = 'group:default/storefront-team';

describe('EntityTeamActionItemsContent', () => {
  it('lists the team’s action items to do, overdue first, with the team’s SLO', async () => {
    const postmortemsApi = mockPostmortemsApi({
      listActionItems: jest.fn().mockResolvedValue({
        items: [
          anActionItem({
            id: 'late',
            title: 'Alert on stale prices',
            dueOn: dayFromToday(-2),
          }),
          anActionItem({ id: 'next', title: 'Invalidate the cache' }),
        ],
        totalItems: 2,
      }),
      getActionItemSlo: jest.fn().mockResolvedValue(someActionItemSlo()),
    });
    await renderWithApis(<EntityTeamActionItemsContent />, {
      postmortemsApi,
      entity: storefront,
    });
    const list = await screen.findByRole('region', {
      name: 'Action items of Storefront',
    });
    const rows = within(list).getAllByRole('row').slice(1);
    expect(
      within(rows[0]).getByText('Alert on stale prices'),
    ).toBeInTheDocument();
    expect(within(rows[0]).getByText('Overdue')).toBeInTheDocument();
    expect(
      within(rows[1]).getByText('Invalidate the cache'),
    ).toBeInTheDocument();
    expect(within(list).getByText('2 action items')).toBeInTheDocument();
    expect(postmortemsApi.listActionItems).toHaveBeenCalledWith({
      ownerRef: TEAM_REF,
      status: ['open', 'in-progress'],
      limit: 20,
    });

    const slo = screen.getByRole('region', {
      name: 'Action items done on time',
    });
    expect(postmortemsApi.getActionItemSlo).toHaveBeenCalledWith(
      expect.objectContaining({ ownerRef: TEAM_REF, bucket: 'month' }),
    );
    expect(
      await within(slo).findByRole('rowheader', { name: 'All action items' }),
    ).toBeInTheDocument();
    const byService = within(slo).getByRole('table', {
      name: 'Action items done on time, by affected service',
    });
    expect(within(byService).getByText('50%')).toBeInTheDocument();
  });

  it('filters by status and shows only the overdue ones', async () => {
    const postmortemsApi = mockPostmortemsApi({
      listActionItems: jest
        .fn()
        .mockResolvedValue({ items: [anActionItem()], totalItems: 1 }),
    });
    await renderWithApis(<EntityTeamActionItemsContent />, {
      postmortemsApi,
      entity: storefront,
    });
    await screen.findByRole('region', { name: 'Action items of Storefront' });
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Only overdue' }),
    );
    await waitFor(() =>
      expect(postmortemsApi.listActionItems).toHaveBeenLastCalledWith({
        ownerRef: TEAM_REF,
        status: ['open', 'in-progress'],
        overdue: true,
        limit: 20,
      }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: /^Status Open, In progress/ }),
    );
    await userEvent.click(await screen.findByRole('option', { name: 'Done' }));
    await waitFor(() =>
      expect(postmortemsApi.listActionItems).toHaveBeenLastCalledWith({
        ownerRef: TEAM_REF,
        status: ['open', 'in-progress', 'done'],
        overdue: true,
        limit: 20,
      }),
    );
  });

  it('explains action items when the team has none to do, and reloads on changes', async () => {
    const signals = fakeSignalApi();
    const postmortemsApi = mockPostmortemsApi();
    await renderWithApis(<EntityTeamActionItemsContent />, {
      postmortemsApi,
      entity: storefront,
      signals,
    });
    expect(
      await screen.findByText('No action item to do for Storefront.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Action items come from postmortems/),
    ).toBeInTheDocument();
    const calls = postmortemsApi.listActionItems.mock.calls.length;
    act(() =>
      signals.incidentChanged({
        incidentId: 'other',
        entityRefs: ['component:default/payments-gateway'],
      }),
    );
    await waitFor(() =>
      expect(postmortemsApi.listActionItems.mock.calls.length).toBeGreaterThan(
        calls,
      ),
    );
  });
});
