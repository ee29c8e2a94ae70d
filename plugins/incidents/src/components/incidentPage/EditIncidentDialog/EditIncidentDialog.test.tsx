import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import {
  anIncident,
  mockIncidentsApi,
  testConfig,
} from '../../../__testUtils__/fixtures';
import { TestLanguage } from '../../../__testUtils__/language';
import { renderWithApis } from '../../../__testUtils__/render';
import { pickerFormat } from '../../../lib/pickerFormats';
import {
  aFailedResponse,
  aResponseError,
} from '../../../__testUtils__/responseErrors';
import { EditIncidentDialog } from './EditIncidentDialog';

// Typing character by character is slow in jsdom; a change event is what the field sees.
jest.setTimeout(30_000);

const incident = anIncident({ summary: 'Totals off by VAT' });

async function renderDialog(
  api = mockIncidentsApi(),
  options: { edited?: typeof incident; language?: TestLanguage } = {},
) {
  const onSaved = jest.fn();
  const onClose = jest.fn();
  await renderWithApis(
    <EditIncidentDialog
      incident={options.edited ?? incident}
      severities={testConfig.severities}
      onClose={onClose}
      onSaved={onSaved}
    />,
    { api, language: options.language },
  );
  const dialog = screen.getByRole('dialog');
  const field = (name: RegExp) => within(dialog).getByLabelText(name);
  const save = () =>
    userEvent.click(
      within(dialog).getByRole('button', {
        name: options.language === 'fr' ? 'Enregistrer' : 'Save',
      }),
    );
  return { api, dialog, field, save, onSaved, onClose };
}

describe('EditIncidentDialog', () => {
  it('starts from the incident and sends only what changed', async () => {
    const saved = anIncident({ severity: 'SEV1' });
    const { api, dialog, field, save, onSaved } = await renderDialog(
      mockIncidentsApi({ updateIncident: jest.fn().mockResolvedValue(saved) }),
    );
    expect(field(/What is wrong/)).toHaveValue('Cart totals are wrong');
    expect(field(/^Summary/)).toHaveValue('Totals off by VAT');
    expect(
      within(dialog).getByRole('radio', { name: /SEV2 - Major/ }),
    ).toBeChecked();
    // The handbook's description is next to each choice.
    expect(
      within(dialog).getByRole('radio', { name: /SEV1 - Critical/ }),
    ).toHaveAccessibleDescription(/A critical incident with very high impact/);

    await userEvent.click(
      within(dialog).getByRole('radio', { name: /SEV1 - Critical/ }),
    );
    fireEvent.change(field(/^Impact$/), {
      target: { value: 'Every EU basket shows the wrong total' },
    });
    await save();

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved));
    expect(api.updateIncident).toHaveBeenCalledTimes(1);
    expect(api.updateIncident).toHaveBeenCalledWith(incident.id, {
      severity: 'SEV1',
      impact: 'Every EU basket shows the wrong total',
    });
  });

  it('closes without a request when nothing changed', async () => {
    const { api, save, onClose } = await renderDialog();
    await save();
    expect(onClose).toHaveBeenCalled();
    expect(api.updateIncident).not.toHaveBeenCalled();
  });

  it('checks the milestones before sending and says which one is wrong', async () => {
    const { api, field, save } = await renderDialog();
    const beforeImpact = DateTime.fromISO(incident.impactStartedAt)
      .minus({ hours: 1 })
      .toFormat("yyyy-MM-dd'T'HH:mm");
    fireEvent.change(field(/^Detected/), { target: { value: beforeImpact } });
    fireEvent.change(field(/What is wrong/), { target: { value: ' ' } });
    await save();

    expect(field(/^Detected/)).toHaveAccessibleDescription(
      'Must not be before “Impact started”',
    );
    expect(field(/What is wrong/)).toHaveAccessibleDescription(
      'Say what is wrong',
    );
    await waitFor(() => expect(field(/What is wrong/)).toHaveFocus());
    expect(api.updateIncident).not.toHaveBeenCalled();
  });

  it('shows a backend error next to the field it names', async () => {
    const { field, save, onSaved } = await renderDialog(
      mockIncidentsApi({
        updateIncident: jest
          .fn()
          .mockRejectedValue(await aResponseError('title must not be empty')),
      }),
    );
    fireEvent.change(field(/What is wrong/), {
      target: { value: 'Cart totals are wrong in the EU' },
    });
    await save();
    await waitFor(() =>
      expect(field(/What is wrong/)).toHaveAccessibleDescription(
        'title must not be empty',
      ),
    );
    expect(onSaved).not.toHaveBeenCalled();
  });

  it.each([
    {
      language: 'en' as const,
      label: /^Mitigated/,
      words:
        'INC-7 has no “Mitigated” time to edit while its status is Active; change its status instead.',
    },
    {
      language: 'fr' as const,
      label: /^Atténuation/,
      words:
        "INC-7 n'a pas d'heure «\u00a0Atténuation\u00a0» à modifier tant que son statut est «\u00a0Actif\u00a0»\u00a0; changez plutôt son statut.",
    },
  ])(
    'says next to the field why the backend refused it, in $language',
    async ({ language, label, words }) => {
      // Someone reopened the incident while the dialog was open.
      const mitigated = anIncident({
        status: 'mitigated',
        mitigatedAt: new Date(Date.now() - 60_000).toISOString(),
      });
      const { field, save } = await renderDialog(
        mockIncidentsApi({
          updateIncident: jest.fn().mockRejectedValue(
            await aFailedResponse(400, {
              name: 'InputError',
              message:
                'mitigatedAt: INC-7 is active and has no mitigatedAt to edit; change its status instead',
              code: 'milestone-not-reached',
              values: {
                number: 'INC-7',
                status: 'active',
                milestone: 'mitigatedAt',
              },
            }),
          ),
        }),
        { edited: mitigated, language },
      );
      const moment = DateTime.fromISO(mitigated.mitigatedAt!)
        .minus({ minutes: 1 })
        .toFormat(`${pickerFormat(language).day} HH:mm`);
      fireEvent.change(field(label), { target: { value: moment } });
      await save();
      await waitFor(() =>
        expect(field(label)).toHaveAccessibleDescription(words),
      );
    },
  );

  it('says when the change could not be saved', async () => {
    const { dialog, field, save } = await renderDialog(
      mockIncidentsApi({
        updateIncident: jest
          .fn()
          .mockRejectedValue(new TypeError('Failed to fetch')),
      }),
    );
    fireEvent.change(field(/^Summary/), { target: { value: 'Rolled back' } });
    await save();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Could not save the changes: Could not reach Backstage. Check your connection, then try again.',
    );
  });
});
