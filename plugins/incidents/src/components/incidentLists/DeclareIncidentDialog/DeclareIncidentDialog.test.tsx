import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import {
  anIncident,
  aSuggestion,
  mockIncidentsApi,
  mockKnownErrorsApi,
  testConfig,
} from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { aResponseError } from '../../../__testUtils__/responseErrors';
import { DeclareIncidentDialog } from './DeclareIncidentDialog';

/** A `datetime-local` value `minutesAgo` minutes before now. */
function localTime(minutesAgo: number): string {
  return DateTime.now()
    .minus({ minutes: minutesAgo })
    .toFormat("yyyy-MM-dd'T'HH:mm");
}

async function renderDialog(
  api = mockIncidentsApi(),
  onDeclared = jest.fn(),
  knownErrorsApi = mockKnownErrorsApi(),
) {
  const rendered = await renderWithApis(
    <DeclareIncidentDialog
      entityRefs={['component:default/cart-service']}
      severities={testConfig.severities}
      onClose={jest.fn()}
      onDeclared={onDeclared}
    />,
    { api, knownErrorsApi },
  );
  const dialog = screen.getByRole('dialog', { name: 'Declare an incident' });
  return { ...rendered, dialog, onDeclared };
}

// Typing character by character is slow in jsdom; a change event is what the field sees.
jest.setTimeout(30_000);

async function fillValidForm(dialog: HTMLElement) {
  fireEvent.change(
    within(dialog).getByRole('textbox', { name: /What is wrong\?/ }),
    { target: { value: 'Checkout returns 502' } },
  );
  await userEvent.click(
    within(dialog).getByRole('radio', { name: /SEV2 - Major/ }),
  );
}

const submitButton = () => screen.getByRole('button', { name: 'Declare' });

describe('DeclareIncidentDialog', () => {
  it('explains each severity with the handbook text and links the owners', async () => {
    const { dialog } = await renderDialog();
    expect(
      within(dialog).getByRole('radio', { name: /SEV1 - Critical/ }),
    ).toHaveAccessibleName(/Confidentiality or privacy is breached/);
    expect(within(dialog).getByText('User data loss')).toBeInTheDocument();
    expect(within(dialog).getByText('cart-service')).toBeInTheDocument();
    // The owner comes from the catalog and is read-only.
    expect(
      await within(dialog).findByRole('link', { name: /storefront-team/ }),
    ).toBeInTheDocument();
  });

  it('declares with what is wrong alone, the severity left to be assessed', async () => {
    const { dialog, api, onDeclared } = await renderDialog();
    expect(
      within(dialog).getByRole('radio', {
        name: /^Not sure yet: to be assessed/,
      }),
    ).toBeChecked();
    fireEvent.change(
      within(dialog).getByRole('textbox', { name: /What is wrong\?/ }),
      { target: { value: 'Checkout feels slow' } },
    );
    await userEvent.click(submitButton());
    await waitFor(() => expect(onDeclared).toHaveBeenCalled());
    const [request] = api.declareIncident.mock.calls[0];
    expect(request.title).toBe('Checkout feels slow');
    expect(request).not.toHaveProperty('severity');
  });

  it('shows the privacy breach note for security or privacy events', async () => {
    const { dialog } = await renderDialog();
    expect(
      within(dialog).queryByText(/privacy breach management process applies/),
    ).not.toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('checkbox', { name: /security or privacy/ }),
    );
    expect(
      within(dialog).getByText(/privacy breach management process applies/),
    ).toBeInTheDocument();
  });

  describe('client-side validation', () => {
    it('names what is missing and sends nothing', async () => {
      const { dialog, api } = await renderDialog();
      await userEvent.click(submitButton());
      expect(within(dialog).getByText('Say what is wrong')).toBeInTheDocument();
      expect(
        within(dialog).getByRole('textbox', { name: /What is wrong\?/ }),
      ).toHaveAttribute('aria-invalid', 'true');
      expect(api.declareIncident).not.toHaveBeenCalled();
    });

    it('applies the shared length limit to the title', async () => {
      const { dialog, api } = await renderDialog();
      fireEvent.change(
        within(dialog).getByRole('textbox', { name: /What is wrong\?/ }),
        { target: { value: 'x'.repeat(201) } },
      );
      await userEvent.click(
        within(dialog).getByRole('radio', { name: /SEV3/ }),
      );
      await userEvent.click(submitButton());
      expect(
        within(dialog).getByText('At most 200 characters'),
      ).toBeInTheDocument();
      expect(api.declareIncident).not.toHaveBeenCalled();
    });

    it('applies the shared milestone rules to the times', async () => {
      const { dialog, api } = await renderDialog();
      await fillValidForm(dialog);
      fireEvent.change(
        within(dialog).getByLabelText(/When did the impact start/),
        {
          target: { value: localTime(30) },
        },
      );
      fireEvent.change(within(dialog).getByLabelText(/When was it detected/), {
        target: { value: localTime(60) },
      });
      await userEvent.click(submitButton());
      expect(
        within(dialog).getByText('Must not be before “Impact started”'),
      ).toBeInTheDocument();
      expect(api.declareIncident).not.toHaveBeenCalled();
    });

    it('asks when the impact ended for an incident that already happened', async () => {
      const { dialog, api } = await renderDialog();
      await fillValidForm(dialog);
      await userEvent.click(
        within(dialog).getByRole('radio', { name: 'No, it already happened' }),
      );
      const ended = within(dialog).getByLabelText(/When did the impact end/);
      await userEvent.click(submitButton());
      expect(ended).toHaveAttribute('aria-invalid', 'true');
      expect(api.declareIncident).not.toHaveBeenCalled();

      fireEvent.change(
        within(dialog).getByLabelText(/When did the impact start/),
        {
          target: { value: localTime(120) },
        },
      );
      fireEvent.change(ended, { target: { value: localTime(60) } });
      await userEvent.click(submitButton());
      await waitFor(() => expect(api.declareIncident).toHaveBeenCalledTimes(1));
      const [request] = api.declareIncident.mock.calls[0];
      expect(request).toMatchObject({
        mode: 'retrospective',
        title: 'Checkout returns 502',
        severity: 'SEV2',
        entityRefs: ['component:default/cart-service'],
      });
      expect(Date.parse(request.resolvedAt!)).toBeGreaterThan(
        Date.parse(request.impactStartedAt!),
      );
    });

    it('needs at least one affected service', async () => {
      const { dialog, api } = await renderDialog();
      await fillValidForm(dialog);
      await userEvent.click(within(dialog).getByTitle('Remove cart-service'));
      await userEvent.click(submitButton());
      expect(
        within(dialog).getByText('Name at least one affected service'),
      ).toBeInTheDocument();
      expect(api.declareIncident).not.toHaveBeenCalled();
    });
  });

  it('adds affected services with the catalog picker', async () => {
    const { dialog, api } = await renderDialog();
    await fillValidForm(dialog);
    const picker = within(dialog).getByRole('textbox', {
      name: 'Add an affected service',
    });
    await userEvent.type(picker, 'Payments');
    await userEvent.click(
      await screen.findByRole('option', { name: /Payments gateway/ }),
    );
    expect(within(dialog).getByText('payments-gateway')).toBeInTheDocument();
    expect(
      await within(dialog).findByRole('link', { name: /payments-team/ }),
    ).toBeInTheDocument();
    await userEvent.click(submitButton());
    await waitFor(() =>
      expect(api.declareIncident.mock.calls[0][0].entityRefs).toEqual([
        'component:default/cart-service',
        'component:default/payments-gateway',
      ]),
    );
  });

  it('shows a backend error next to the field it names', async () => {
    const api = mockIncidentsApi({
      declareIncident: jest
        .fn()
        .mockRejectedValue(
          await aResponseError('detectedAt must not be before impactStartedAt'),
        ),
    });
    const { dialog, onDeclared } = await renderDialog(api);
    await fillValidForm(dialog);
    await userEvent.click(submitButton());
    expect(
      await within(dialog).findByText(
        'detectedAt must not be before impactStartedAt',
      ),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByLabelText(/When was it detected/),
    ).toHaveAttribute('aria-invalid', 'true');
    expect(onDeclared).not.toHaveBeenCalled();
  });

  describe('idempotent submit', () => {
    it('sends one request for a double click and disables the button meanwhile', async () => {
      let finish: (value: unknown) => void = () => {};
      const api = mockIncidentsApi({
        declareIncident: jest.fn(
          () => new Promise(resolve => (finish = resolve)),
        ) as any,
      });
      const { dialog, onDeclared } = await renderDialog(api);
      await fillValidForm(dialog);
      await userEvent.dblClick(submitButton());
      expect(api.declareIncident).toHaveBeenCalledTimes(1);
      expect(screen.getByRole('button', { name: 'Declaring…' })).toBeDisabled();
      const incident = anIncident({ number: 'INC-12' });
      finish(incident);
      await waitFor(() => expect(onDeclared).toHaveBeenCalledWith(incident));
      expect(api.declareIncident).toHaveBeenCalledTimes(1);
    });

    it('retries after a network error with the same Idempotency-Key', async () => {
      const incident = anIncident({ number: 'INC-13' });
      const api = mockIncidentsApi({
        declareIncident: jest
          .fn()
          .mockRejectedValueOnce(new TypeError('Failed to fetch'))
          .mockResolvedValueOnce(incident),
      });
      const { dialog, onDeclared } = await renderDialog(api);
      await fillValidForm(dialog);
      await userEvent.click(submitButton());
      expect(
        await within(dialog).findByText(/will not be created twice/),
      ).toBeInTheDocument();
      await userEvent.click(submitButton());
      await waitFor(() => expect(onDeclared).toHaveBeenCalledWith(incident));
      const [first, second] = api.declareIncident.mock.calls;
      expect(first[1].idempotencyKey).toMatch(/\S{16,}/);
      expect(second[1].idempotencyKey).toBe(first[1].idempotencyKey);
      expect(second[0]).toEqual(first[0]);
    });

    it('uses a new key for each opening of the dialog', async () => {
      const api = mockIncidentsApi();
      const first = await renderDialog(api);
      await fillValidForm(first.dialog);
      await userEvent.click(submitButton());
      await waitFor(() => expect(api.declareIncident).toHaveBeenCalledTimes(1));
      first.unmount();

      const second = await renderDialog(api);
      await fillValidForm(second.dialog);
      await userEvent.click(submitButton());
      await waitFor(() => expect(api.declareIncident).toHaveBeenCalledTimes(2));
      expect(api.declareIncident.mock.calls[1][1].idempotencyKey).not.toBe(
        api.declareIncident.mock.calls[0][1].idempotencyKey,
      );
    });
  });

  describe('known errors while declaring', () => {
    const stalePrices = aSuggestion({
      reasons: ['same-entity', 'text'],
      workaround: 'Flush the price cache: `make flush-prices`',
    });
    const webhooks = aSuggestion({
      id: 'ke-9',
      number: 'KE-9',
      title: 'Payment webhooks time out',
      status: 'investigating',
      workaround: null,
      entityRefs: ['component:default/payments-gateway'],
      incidentCount: 4,
      reasons: ['dependency'],
    });

    /** The dialog, with suggestions answered by `suggestKnownErrors` (both by default). */
    const renderSuggesting = (
      suggestKnownErrors = jest
        .fn()
        .mockResolvedValue({ items: [stalePrices, webhooks] }),
    ) =>
      renderDialog(
        undefined,
        undefined,
        mockKnownErrorsApi({ suggestKnownErrors }),
      );

    it('suggests the known errors of the service and of the words typed so far', async () => {
      const { dialog, knownErrorsApi } = await renderSuggesting();
      // Before anything is typed, the service's own known errors.
      const region = await within(dialog).findByRole('region', {
        name: 'Known errors that may explain this',
      });
      expect(knownErrorsApi.suggestKnownErrors).toHaveBeenCalledWith({
        entityRef: 'component:default/cart-service',
      });
      expect(within(region).getByText('Same service')).toBeInTheDocument();
      expect(
        within(region).getByText('Affects a dependency'),
      ).toBeInTheDocument();
      expect(
        within(region).getByText('Caused 4 incidents'),
      ).toBeInTheDocument();
      expect(
        within(region).getByRole('link', {
          name: /KE-3: Basket cache serves stale prices/,
        }),
      ).toHaveAttribute('target', '_blank');

      fireEvent.change(
        within(dialog).getByRole('textbox', { name: /What is wrong\?/ }),
        { target: { value: 'Totals' } },
      );
      fireEvent.change(
        within(dialog).getByRole('textbox', { name: /What is wrong\?/ }),
        { target: { value: 'Totals   wrong' } },
      );
      await waitFor(() =>
        expect(knownErrorsApi.suggestKnownErrors).toHaveBeenLastCalledWith({
          entityRef: 'component:default/cart-service',
          text: 'Totals wrong',
        }),
      );
      // Typing pauses before each lookup: the first word alone was never sent.
      expect(
        knownErrorsApi.suggestKnownErrors.mock.calls.some(
          ([query]) => query.text === 'Totals',
        ),
      ).toBe(false);
    });

    it('shows a workaround one click away', async () => {
      const { dialog } = await renderSuggesting();
      const show = await within(dialog).findByRole('button', {
        name: 'Show the workaround',
      });
      expect(show).toHaveAttribute('aria-expanded', 'false');
      expect(within(dialog).getByText('make flush-prices')).not.toBeVisible();
      await userEvent.click(show);
      expect(
        within(dialog).getByRole('button', { name: 'Hide the workaround' }),
      ).toHaveAttribute('aria-expanded', 'true');
      expect(within(dialog).getByText('make flush-prices')).toBeVisible();
      expect(within(dialog).getByText('make flush-prices').tagName).toBe(
        'CODE',
      );
      expect(
        within(dialog).getByText('No workaround recorded yet.'),
      ).toBeInTheDocument();
    });

    it('links the ones recognised with “This is it” when declaring', async () => {
      const { dialog, api } = await renderSuggesting();
      const thisIsIt = await within(dialog).findByRole('button', {
        name: 'This is it: KE-3',
      });
      expect(thisIsIt).toHaveAttribute('aria-pressed', 'false');
      await userEvent.click(thisIsIt);
      expect(thisIsIt).toHaveAttribute('aria-pressed', 'true');
      // Pressed twice is not chosen; chosen again, it is.
      const other = within(dialog).getByRole('button', {
        name: 'This is it: KE-9',
      });
      await userEvent.click(other);
      await userEvent.click(other);
      await fillValidForm(dialog);
      await userEvent.click(submitButton());
      await waitFor(() => expect(api.declareIncident).toHaveBeenCalledTimes(1));
      expect(api.declareIncident.mock.calls[0][0].knownErrorIds).toEqual([
        stalePrices.id,
      ]);
    });

    it('keeps a recognised one listed when later words no longer suggest it', async () => {
      const suggestKnownErrors = jest
        .fn()
        .mockResolvedValueOnce({ items: [stalePrices] })
        .mockResolvedValue({ items: [webhooks] });
      const { dialog } = await renderSuggesting(suggestKnownErrors);
      await userEvent.click(
        await within(dialog).findByRole('button', { name: 'This is it: KE-3' }),
      );
      fireEvent.change(
        within(dialog).getByRole('textbox', { name: /What is wrong\?/ }),
        { target: { value: 'Webhooks' } },
      );
      expect(
        await within(dialog).findByRole('button', { name: 'This is it: KE-9' }),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByRole('button', { name: 'This is it: KE-3' }),
      ).toHaveAttribute('aria-pressed', 'true');
    });

    it('still declares when the suggestions fail', async () => {
      const { dialog, api, onDeclared } = await renderSuggesting(
        jest.fn().mockRejectedValue(new Error('suggestions are down')),
      );
      expect(
        await within(dialog).findByText(
          'Known errors could not be looked up. You can still declare.',
        ),
      ).toBeInTheDocument();
      await fillValidForm(dialog);
      await userEvent.click(submitButton());
      await waitFor(() => expect(onDeclared).toHaveBeenCalled());
      expect(api.declareIncident.mock.calls[0][0]).not.toHaveProperty(
        'knownErrorIds',
      );
    });

    it('does not wait for slow suggestions to declare', async () => {
      const { dialog, api, onDeclared } = await renderSuggesting(
        jest.fn().mockReturnValue(new Promise(() => {})),
      );
      await fillValidForm(dialog);
      await userEvent.click(submitButton());
      await waitFor(() => expect(onDeclared).toHaveBeenCalled());
      expect(api.declareIncident).toHaveBeenCalledTimes(1);
    });
  });
});
