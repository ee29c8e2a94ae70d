import { mockApis } from '@backstage/test-utils';
import { ActionItem } from '@incident-response/backstage-plugin-incidents-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  aKnownErrorDetails,
  anActionItem,
  dayFromToday,
  mockKnownErrorsApi,
  mockPostmortemsApi,
} from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { aFailedResponse } from '../../../__testUtils__/responseErrors';
import { ActionItemsCard } from './ActionItemsCard';

jest.setTimeout(30_000);

const overdue = anActionItem({
  id: 'item-overdue',
  title: 'Alert on stale prices',
  dueOn: dayFromToday(-3),
  status: 'in-progress',
  assigneeRef: 'user:default/amelie.tremblay',
  trackerUrl: 'https://tracker.example.com/SHOP-43',
});
const open = anActionItem({
  id: 'item-open',
  title: 'Invalidate the price cache on promotions',
  knownErrorId: aKnownErrorDetails().id,
});

async function renderCard(
  items: ActionItem[],
  options: Parameters<typeof renderWithApis>[1] = {},
) {
  const onChanged = jest.fn();
  const rendered = await renderWithApis(
    <ActionItemsCard
      title="Action items"
      items={items}
      showIncident
      onChanged={onChanged}
    />,
    options,
  );
  return { ...rendered, onChanged };
}

/** Chooses a status in the item's status select, named by its item and its status. */
async function chooseStatus(title: string, status: string) {
  await userEvent.click(
    screen.getByRole('button', { name: new RegExp(`^Status of “${title}” `) }),
  );
  await userEvent.click(await screen.findByRole('option', { name: status }));
}

describe('ActionItemsCard', () => {
  it('shows each item with its team, assignee, due date and whether it is overdue', async () => {
    await renderCard([overdue, open]);
    const rows = screen.getAllByRole('row').slice(1);
    expect(
      within(rows[0]).getByText('Alert on stale prices'),
    ).toBeInTheDocument();
    expect(within(rows[0]).getByText('Overdue')).toBeInTheDocument();
    expect(
      within(rows[0]).getByRole('link', { name: /Tracker/ }),
    ).toHaveAttribute('href', 'https://tracker.example.com/SHOP-43');
    expect(
      within(rows[0]).getByRole('link', { name: 'INC-7' }),
    ).toHaveAttribute('href', '/incidents/INC-7/postmortem');
    expect(
      within(rows[0]).getByRole('link', { name: /amelie.tremblay/ }),
    ).toBeInTheDocument();
    expect(within(rows[1]).queryByText('Overdue')).toBeNull();
    expect(within(rows[1]).getByText('Nobody named')).toBeInTheDocument();
    expect(
      within(rows[1]).getByRole('link', { name: 'Known error it removes' }),
    ).toHaveAttribute('href', `/known-errors/${aKnownErrorDetails().id}`);
    expect(
      within(rows[1]).getByRole('link', { name: /storefront-team/ }),
    ).toBeInTheDocument();
  });

  it('changes an item’s status in place', async () => {
    const done = { ...overdue, status: 'done' as const };
    const postmortemsApi = mockPostmortemsApi({
      updateActionItem: jest.fn().mockResolvedValue(done),
    });
    const { onChanged } = await renderCard([overdue], { postmortemsApi });
    await chooseStatus('Alert on stale prices', 'Done');
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(done));
    expect(postmortemsApi.updateActionItem).toHaveBeenCalledWith(
      'item-overdue',
      { status: 'done' },
    );
  });

  it('asks why an item will not be done, and needs an answer', async () => {
    const postmortemsApi = mockPostmortemsApi({
      updateActionItem: jest
        .fn()
        .mockResolvedValue({ ...open, status: 'wont-do', reason: 'Replaced' }),
    });
    await renderCard([open], { postmortemsApi });
    await chooseStatus('Invalidate the price cache on promotions', 'Won’t do');
    const dialog = screen.getByRole('dialog', {
      name: 'Won’t do: Invalidate the price cache on promotions',
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Say why')).toBeInTheDocument();
    expect(postmortemsApi.updateActionItem).not.toHaveBeenCalled();
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /Why will it not be done/ }),
      { target: { value: 'Replaced by the new pricing service' } },
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: /^Won’t do/ }),
      ).not.toBeInTheDocument(),
    );
    expect(postmortemsApi.updateActionItem).toHaveBeenCalledWith('item-open', {
      status: 'wont-do',
      reason: 'Replaced by the new pricing service',
    });
  });

  it('offers to mark the known error fixed when its last open item is done', async () => {
    const knownError = aKnownErrorDetails();
    const postmortemsApi = mockPostmortemsApi({
      updateActionItem: jest.fn().mockResolvedValue({
        ...open,
        status: 'done',
        knownErrorReadyToFix: true,
      }),
    });
    const knownErrorsApi = mockKnownErrorsApi({
      getKnownError: jest.fn().mockResolvedValue(knownError),
      updateKnownError: jest
        .fn()
        .mockResolvedValue({ ...knownError, status: 'fixed' }),
    });
    await renderCard([open], { postmortemsApi, knownErrorsApi });
    await chooseStatus('Invalidate the price cache on promotions', 'Done');
    const offer = await screen.findByRole('status');
    expect(offer).toHaveTextContent(
      '“Invalidate the price cache on promotions” was the last open action item for KE-3: Basket cache serves stale prices.',
    );
    expect(knownErrorsApi.getKnownError).toHaveBeenCalledWith(knownError.id);
    await userEvent.click(
      within(offer).getByRole('button', { name: 'Mark KE-3 fixed' }),
    );
    expect(knownErrorsApi.updateKnownError).toHaveBeenCalledWith(
      knownError.id,
      {
        status: 'fixed',
      },
    );
    expect(
      await screen.findByText('KE-3 is marked fixed.'),
    ).toBeInTheDocument();
  });

  it('does not offer it for a known error already fixed, nor when the answer does not say so', async () => {
    const postmortemsApi = mockPostmortemsApi({
      updateActionItem: jest
        .fn()
        .mockResolvedValueOnce({ ...open, status: 'done' })
        .mockResolvedValue({
          ...open,
          status: 'done',
          knownErrorReadyToFix: true,
        }),
    });
    const knownErrorsApi = mockKnownErrorsApi({
      getKnownError: jest
        .fn()
        .mockResolvedValue(aKnownErrorDetails({ status: 'fixed' })),
    });
    await renderCard([open], { postmortemsApi, knownErrorsApi });
    await chooseStatus('Invalidate the price cache on promotions', 'Done');
    await waitFor(() =>
      expect(postmortemsApi.updateActionItem).toHaveBeenCalledTimes(1),
    );
    expect(knownErrorsApi.getKnownError).not.toHaveBeenCalled();
    await chooseStatus(
      'Invalidate the price cache on promotions',
      'In progress',
    );
    await waitFor(() =>
      expect(knownErrorsApi.getKnownError).toHaveBeenCalled(),
    );
    expect(
      screen.queryByRole('button', { name: /^Mark KE-3 fixed/ }),
    ).toBeNull();
  });

  it('lets the status be changed by people allowed to update the item’s own incident', async () => {
    // Incidents of their own: answers are cached by permission and resource ref.
    const ours = anActionItem({
      id: 'item-ours',
      title: 'Page the pricing team on stale prices',
      incidentId: '6f0c2a52-0f3c-4a57-9d7e-1f3f1d4ab0a1',
      incidentNumber: 'INC-11',
    });
    const theirs = anActionItem({
      id: 'item-theirs',
      title: 'Document the cache flush',
      incidentId: '6f0c2a52-0f3c-4a57-9d7e-1f3f1d4ab0a2',
      incidentNumber: 'INC-12',
    });
    const authorize = jest.fn(
      (request: { permission: { name: string }; resourceRef?: string }) =>
        // AuthorizeResult; the enum lives in a package this one does not depend on.
        (request.resourceRef === ours.incidentId ? 'ALLOW' : 'DENY') as never,
    );
    await renderCard([ours, theirs], {
      permission: mockApis.permission({ authorize }),
    });
    expect(
      await screen.findByRole('button', {
        name: 'Status of “Page the pricing team on stale prices” Open',
      }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', {
        name: /^Status of “Document the cache flush”/,
      }),
    ).toBeNull();
    const rows = screen.getAllByRole('row').slice(1);
    expect(within(rows[1]).getByText('Open')).toBeInTheDocument();
    for (const item of [ours, theirs]) {
      expect(authorize).toHaveBeenCalledWith({
        permission: expect.objectContaining({ name: 'incident.update' }),
        resourceRef: item.incidentId,
      });
    }
  });

  it('shows a failed change in words for the user', async () => {
    await renderCard([open], {
      postmortemsApi: mockPostmortemsApi({
        updateActionItem: jest.fn().mockRejectedValue(
          await aFailedResponse(403, {
            name: 'NotAllowedError',
            message: 'Not allowed: incidents.postmortem.update',
          }),
        ),
      }),
    });
    await chooseStatus('Invalidate the price cache on promotions', 'Done');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The status did not change: You don’t have permission to do this.',
    );
    expect(alert).not.toHaveTextContent('Not allowed');
  });
});
