import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { KnownError } from '@incident-response/backstage-plugin-incidents-common';
import {
  aKnownError,
  aKnownErrorDetails,
  mockKnownErrorsApi,
} from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { aResponseError } from '../../../__testUtils__/responseErrors';
import { KnownErrorDialog, KnownErrorDialogProps } from './KnownErrorDialog';

jest.setTimeout(30_000);

async function renderDialog(
  props: Partial<KnownErrorDialogProps> = {},
  knownErrorsApi = mockKnownErrorsApi(),
) {
  const onSaved = jest.fn();
  const onClose = jest.fn();
  await renderWithApis(
    <KnownErrorDialog onSaved={onSaved} onClose={onClose} {...props} />,
    { knownErrorsApi },
  );
  const dialog = screen.getByRole('dialog');
  return { dialog, onSaved, onClose, knownErrorsApi };
}

const field = (dialog: HTMLElement, name: RegExp) =>
  within(dialog).getByRole('textbox', { name });
const type = (dialog: HTMLElement, name: RegExp, value: string) =>
  fireEvent.change(field(dialog, name), { target: { value } });

describe('KnownErrorDialog', () => {
  describe('recording a known error', () => {
    it('sends what was written, linked to the incidents given, and hands back the new one', async () => {
      const created = aKnownError({ number: 'KE-8' });
      const { dialog, onSaved, knownErrorsApi } = await renderDialog(
        {
          prefill: { entityRefs: ['component:default/cart-service'] },
          incidentRefs: ['INC-7'],
        },
        mockKnownErrorsApi({
          createKnownError: jest.fn().mockResolvedValue(created),
        }),
      );
      expect(dialog).toHaveAccessibleName('Record a known error');
      expect(within(dialog).getByText('cart-service')).toBeInTheDocument();
      type(dialog, /^Problem/, 'Basket cache serves stale prices');
      type(dialog, /^Symptoms/, 'Totals ignore **discounts**');
      type(dialog, /^Workaround/, 'Flush the price cache');
      type(dialog, /^Fix link/, 'https://tracker.example.com/SHOP-42');
      await userEvent.click(
        within(dialog).getByRole('radio', { name: /Workaround available/ }),
      );
      await userEvent.click(screen.getByRole('button', { name: 'Record' }));
      await waitFor(() => expect(onSaved).toHaveBeenCalledWith(created));
      expect(knownErrorsApi.createKnownError).toHaveBeenCalledWith({
        title: 'Basket cache serves stale prices',
        symptoms: 'Totals ignore **discounts**',
        entityRefs: ['component:default/cart-service'],
        workaround: 'Flush the price cache',
        fixUrl: 'https://tracker.example.com/SHOP-42',
        status: 'workaround',
        incidentRefs: ['INC-7'],
      });
    });

    it('names what is missing or wrong next to each field and sends nothing', async () => {
      const { dialog, knownErrorsApi } = await renderDialog();
      type(dialog, /^Fix link/, 'tracker.example.com/SHOP-42');
      await userEvent.click(screen.getByRole('button', { name: 'Record' }));
      expect(within(dialog).getByText('Name the problem')).toBeInTheDocument();
      expect(
        within(dialog).getByText('Say what people see'),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByText('Name at least one affected service'),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByText(
          'A web address starting with http:// or https://',
        ),
      ).toBeInTheDocument();
      expect(field(dialog, /^Problem/)).toHaveAttribute('aria-invalid', 'true');
      await waitFor(() => expect(field(dialog, /^Problem/)).toHaveFocus());
      expect(knownErrorsApi.createKnownError).not.toHaveBeenCalled();
    });

    it('adds services with the catalog picker', async () => {
      const { dialog, knownErrorsApi } = await renderDialog();
      type(dialog, /^Problem/, 'Stale prices');
      type(dialog, /^Symptoms/, 'Totals ignore discounts');
      await userEvent.type(
        within(dialog).getByRole('textbox', { name: 'Add a service' }),
        'Payments',
      );
      await userEvent.click(
        await screen.findByRole('option', { name: /Payments gateway/ }),
      );
      await userEvent.click(screen.getByRole('button', { name: 'Record' }));
      await waitFor(() =>
        expect(knownErrorsApi.createKnownError).toHaveBeenCalled(),
      );
      expect(
        knownErrorsApi.createKnownError.mock.calls[0][0].entityRefs,
      ).toEqual(['component:default/payments-gateway']);
    });

    it('shows a backend error on the field it names', async () => {
      const { dialog, onSaved } = await renderDialog(
        { prefill: { entityRefs: ['component:default/gone'] } },
        mockKnownErrorsApi({
          createKnownError: jest
            .fn()
            .mockRejectedValue(
              await aResponseError(
                'entityRefs[0]: component:default/gone is not in the catalog',
              ),
            ),
        }),
      );
      type(dialog, /^Problem/, 'Stale prices');
      type(dialog, /^Symptoms/, 'Totals ignore discounts');
      await userEvent.click(screen.getByRole('button', { name: 'Record' }));
      expect(
        await within(dialog).findByText(
          'entityRefs[0]: component:default/gone is not in the catalog',
        ),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByRole('textbox', { name: 'Add a service' }),
      ).toHaveAttribute('aria-invalid', 'true');
      expect(onSaved).not.toHaveBeenCalled();
    });
  });

  describe('editing a known error', () => {
    it('starts from the known error and sends only what changed', async () => {
      const knownError = aKnownError();
      const saved = aKnownErrorDetails({ workaround: 'Restart the pods' });
      const { dialog, onSaved, knownErrorsApi } = await renderDialog(
        { knownError },
        mockKnownErrorsApi({
          updateKnownError: jest.fn().mockResolvedValue(saved),
        }),
      );
      expect(dialog).toHaveAccessibleName('Edit KE-3');
      expect(field(dialog, /^Problem/)).toHaveValue(knownError.title);
      type(dialog, /^Workaround/, 'Restart the pods');
      type(dialog, /^Root cause/, '');
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
      expect(knownErrorsApi.updateKnownError).toHaveBeenCalledWith(
        knownError.id,
        { workaround: 'Restart the pods', rootCause: null },
      );
    });

    it('closes without a request when nothing changed', async () => {
      const { onClose, knownErrorsApi } = await renderDialog({
        knownError: aKnownError(),
      });
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(onClose).toHaveBeenCalled());
      expect(knownErrorsApi.updateKnownError).not.toHaveBeenCalled();
    });

    it('offers only the legal status moves', async () => {
      const retired: KnownError = aKnownError({ status: 'retired' });
      const { dialog } = await renderDialog({ knownError: retired });
      const statuses = within(dialog)
        .getAllByRole('radio')
        .map(radio => radio.closest('label')!.textContent);
      expect(statuses).toEqual([
        expect.stringMatching(/^Investigating/),
        expect.stringMatching(/^Retired/),
      ]);
      expect(
        within(dialog).getByRole('radio', { name: /Retired/ }),
      ).toBeChecked();
    });
  });
});
