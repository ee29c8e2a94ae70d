import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  aKnownError,
  anActionItem,
  anIncident,
  dayFromToday,
  mockKnownErrorsApi,
  mockPostmortemsApi,
} from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { aResponseError } from '../../../__testUtils__/responseErrors';
import { formatDay } from '../../../lib/dueDates';
import { ActionItemDialog } from './ActionItemDialog';

jest.setTimeout(30_000);

const incident = anIncident({
  knownErrors: [
    {
      id: aKnownError().id,
      number: 'KE-3',
      title: 'Basket cache serves stale prices',
      status: 'workaround',
      workaround: null,
    },
  ],
});

async function renderDialog(
  postmortemsApi = mockPostmortemsApi(),
  knownErrorsApi = mockKnownErrorsApi(),
  dueInDays?: number,
) {
  const onSaved = jest.fn();
  const onClose = jest.fn();
  await renderWithApis(
    <ActionItemDialog
      incident={incident}
      dueInDays={dueInDays}
      onClose={onClose}
      onSaved={onSaved}
    />,
    { postmortemsApi, knownErrorsApi },
  );
  return {
    dialog: screen.getByRole('dialog', {
      name: 'Add an action item to INC-7',
    }),
    onSaved,
    onClose,
    postmortemsApi,
    knownErrorsApi,
  };
}

/** Types in a catalog picker and chooses the option named `option`. */
async function pick(
  dialog: HTMLElement,
  label: RegExp,
  text: string,
  option: string,
) {
  const input = within(dialog).getByRole('textbox', { name: label });
  await userEvent.type(input, text);
  // The options are replaced when the search for what was typed settles; a click on
  // one replaced meanwhile is lost and leaves the list open, so it is clicked again.
  await waitFor(
    async () => {
      if (screen.queryByRole('listbox')) {
        await userEvent.click(
          await screen.findByRole('option', { name: new RegExp(option) }),
        );
      }
      expect(screen.queryByRole('listbox')).toBeNull();
    },
    { timeout: 5000 },
  );
}

describe('ActionItemDialog', () => {
  it('is due when the installation says by default', async () => {
    const { dialog } = await renderDialog(
      mockPostmortemsApi(),
      mockKnownErrorsApi(),
      14,
    );
    expect(
      within(dialog).getByRole('textbox', { name: /Due date/ }),
    ).toHaveValue(dayFromToday(14));
    expect(
      within(dialog).getByText(
        `${formatDay(dayFromToday(14), 'en')}. By default 14 days from today.`,
      ),
    ).toBeInTheDocument();
  });

  it('is due 8 weeks from today unless changed, written out in words', async () => {
    const { dialog } = await renderDialog();
    const due = within(dialog).getByRole('textbox', { name: /Due date/ });
    expect(due).toHaveValue(dayFromToday(56));
    expect(
      within(dialog).getByText(
        `${formatDay(dayFromToday(56), 'en')}. By default 56 days from today.`,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'Medium' })).toBeChecked();
    expect(
      within(dialog).getByRole('radio', { name: /^Prevent/ }),
    ).toBeChecked();
  });

  it('needs what will be done and the team that owns it', async () => {
    const { dialog, postmortemsApi } = await renderDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(
      within(dialog).getByText('Say what will be done'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Choose the team that owns it'),
    ).toBeInTheDocument();
    expect(postmortemsApi.createActionItem).not.toHaveBeenCalled();
  });

  it('adds an action item with the defaults, for a team picked in the catalog', async () => {
    const item = anActionItem();
    const { dialog, postmortemsApi, onSaved } = await renderDialog(
      mockPostmortemsApi({
        createActionItem: jest.fn().mockResolvedValue(item),
      }),
    );
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /What will be done/ }),
      {
        target: { value: 'Invalidate the price cache when a promotion starts' },
      },
    );
    await pick(dialog, /Owner team/, 'Store', 'Storefront');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(item));
    expect(postmortemsApi.createActionItem).toHaveBeenCalledWith(incident.id, {
      title: 'Invalidate the price cache when a promotion starts',
      ownerRef: 'group:default/storefront-team',
      dueOn: dayFromToday(56),
      priority: 'medium',
      kind: 'prevent',
    });
  });

  it('sends what else is given: assignee, another day, priority, kind, tracker and the known error found by searching', async () => {
    const knownErrorsApi = mockKnownErrorsApi({
      listKnownErrors: jest.fn().mockResolvedValue({
        items: [
          aKnownError({ id: 'ke-9', number: 'KE-9', title: 'Stale stock' }),
        ],
      }),
    });
    const { dialog, postmortemsApi } = await renderDialog(
      mockPostmortemsApi(),
      knownErrorsApi,
    );
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /What will be done/ }),
      { target: { value: 'Alert on stale stock' } },
    );
    await pick(dialog, /Owner team/, 'Pay', 'Payments');
    await pick(dialog, /Assignee/, 'Am', 'Amélie Tremblay');
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /Due date/ }),
      {
        target: { value: dayFromToday(28) },
      },
    );
    await userEvent.click(within(dialog).getByRole('radio', { name: 'High' }));
    await userEvent.click(
      within(dialog).getByRole('radio', { name: /^Detect/ }),
    );
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /Tracker link/ }),
      {
        target: { value: 'https://tracker.example.com/SHOP-43' },
      },
    );
    await pick(dialog, /Known error it removes/, 'stale', 'KE-9: Stale stock');
    expect(knownErrorsApi.listKnownErrors).toHaveBeenCalledWith({
      q: 'stale',
      limit: 10,
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(postmortemsApi.createActionItem).toHaveBeenCalledWith(
        incident.id,
        {
          title: 'Alert on stale stock',
          ownerRef: 'group:default/payments-team',
          assigneeRef: 'user:default/amelie.tremblay',
          dueOn: dayFromToday(28),
          priority: 'high',
          kind: 'detect',
          trackerUrl: 'https://tracker.example.com/SHOP-43',
          knownErrorId: 'ke-9',
        },
      ),
    );
  });

  it('offers the incident’s known errors before anything is typed', async () => {
    const { dialog } = await renderDialog();
    await userEvent.click(
      within(dialog).getByRole('textbox', { name: /Known error it removes/ }),
    );
    expect(
      await screen.findByRole('option', {
        name: /KE-3: Basket cache serves stale prices/,
      }),
    ).toBeInTheDocument();
  });

  it('shows the backend’s refusal on the field it names', async () => {
    const error = await aResponseError('ownerRef: not a group');
    const { dialog } = await renderDialog(
      mockPostmortemsApi({
        createActionItem: jest.fn().mockRejectedValue(error),
      }),
    );
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /What will be done/ }),
      { target: { value: 'Alert' } },
    );
    await pick(dialog, /Owner team/, 'Store', 'Storefront');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(
      await within(dialog).findByText('ownerRef: not a group'),
    ).toBeInTheDocument();
  });
});
