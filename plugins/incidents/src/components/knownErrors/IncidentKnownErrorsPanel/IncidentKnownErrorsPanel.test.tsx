import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IncidentDetails } from '@incident-response/backstage-plugin-incidents-common';
import {
  aKnownError,
  anEntry,
  anIncident,
  aSuggestion,
  mockIncidentsApi,
  mockKnownErrorsApi,
} from '../../../__testUtils__/fixtures';
import { fakeSignalApi, renderWithApis } from '../../../__testUtils__/render';
import { aResponseError } from '../../../__testUtils__/responseErrors';
import { IncidentKnownErrorsPanel } from './IncidentKnownErrorsPanel';

jest.setTimeout(30_000);

const linked = {
  id: 'ke-linked',
  number: 'KE-1',
  title: 'Price feed lags behind',
  status: 'fix-in-progress' as const,
  workaround: 'Switch to the **backup feed**.',
};

const incident: IncidentDetails = anIncident({
  summary: 'Totals ignore discounts',
  impact: 'EU baskets',
  knownErrors: [linked],
});

const suggested = aSuggestion({ reasons: ['same-entity', 'text'] });

async function renderPanel(
  options: {
    incident?: IncidentDetails;
    api?: ReturnType<typeof mockIncidentsApi>;
    knownErrorsApi?: ReturnType<typeof mockKnownErrorsApi>;
    signals?: ReturnType<typeof fakeSignalApi>;
    language?: 'fr';
  } = {},
) {
  const onChanged = jest.fn();
  const rendered = await renderWithApis(
    <IncidentKnownErrorsPanel
      incident={options.incident ?? incident}
      timeline={[
        anEntry({
          kind: 'note',
          body: 'Flushing the cache helps',
          occurredAt: '2026-11-22T10:05:00.000Z',
        }),
      ]}
      onChanged={onChanged}
    />,
    {
      api: options.api,
      knownErrorsApi:
        options.knownErrorsApi ??
        mockKnownErrorsApi({
          suggestKnownErrors: jest
            .fn()
            .mockResolvedValue({ items: [suggested, aSuggestion(linked)] }),
        }),
      signals: options.signals,
      language: options.language,
    },
  );
  return { ...rendered, onChanged };
}

describe('IncidentKnownErrorsPanel', () => {
  it('shows the linked known errors with their workarounds', async () => {
    await renderPanel();
    const panel = screen.getByRole('region', { name: 'Known errors' });
    expect(
      within(panel).getByRole('link', { name: 'KE-1: Price feed lags behind' }),
    ).toHaveAttribute('href', '/known-errors/KE-1');
    expect(screen.getByText('backup feed').tagName).toBe('STRONG');
    expect(screen.getByText('backup feed')).toBeVisible();
    expect(screen.getByText('Fix in progress')).toBeInTheDocument();
  });

  it('unlinks one and hands the incident back', async () => {
    const after = anIncident({ knownErrors: [] });
    const api = mockIncidentsApi({
      unlinkKnownError: jest.fn().mockResolvedValue(after),
    });
    const { onChanged } = await renderPanel({ api });
    await userEvent.click(screen.getByRole('button', { name: 'Unlink KE-1' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(after));
    expect(api.unlinkKnownError).toHaveBeenCalledWith(incident.id, linked.id);
  });

  it('suggests known errors for its service and words, and links one', async () => {
    const after = anIncident({ knownErrors: [linked, suggested] });
    const api = mockIncidentsApi({
      linkKnownError: jest.fn().mockResolvedValue(after),
    });
    const { knownErrorsApi, onChanged } = await renderPanel({ api });
    const related = await screen.findByRole('region', {
      name: 'May be related',
    });
    expect(knownErrorsApi.suggestKnownErrors).toHaveBeenCalledWith({
      entityRef: 'component:default/cart-service',
      text: 'Cart totals are wrong Totals ignore discounts',
    });
    // The linked one is not suggested again.
    expect(within(related).queryByText(/KE-1/)).toBeNull();
    expect(within(related).getByText('Similar words')).toBeInTheDocument();
    await userEvent.click(
      within(related).getByRole('button', {
        name: 'Link KE-3 to this incident',
      }),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(after));
    expect(api.linkKnownError).toHaveBeenCalledWith(incident.id, suggested.id);
  });

  it('says why a link failed', async () => {
    const api = mockIncidentsApi({
      linkKnownError: jest
        .fn()
        .mockRejectedValue(await aResponseError('KE-3 is retired')),
    });
    const { onChanged } = await renderPanel({ api });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Link KE-3 to this incident' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The change was not saved: KE-3 is retired',
    );
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('prefills the symptoms with French typography in French', async () => {
    await renderPanel({ language: 'fr' });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Consigner comme erreur connue',
      }),
    );
    const symptoms = within(screen.getByRole('dialog')).getByRole('textbox', {
      name: /^Symptômes/,
    }) as HTMLTextAreaElement;
    expect(symptoms.value).toContain('**Impact\u00a0:** EU baskets');
    expect(symptoms.value).toMatch(
      /\n- 22 nov\. 2026, \d\d:05\u00a0: Flushing the cache helps/,
    );
  });

  it('records a known error prefilled from the incident, linked to it', async () => {
    const created = aKnownError({ number: 'KE-12' });
    const knownErrorsApi = mockKnownErrorsApi({
      createKnownError: jest.fn().mockResolvedValue(created),
    });
    const { onChanged } = await renderPanel({ knownErrorsApi });
    await userEvent.click(
      screen.getByRole('button', { name: 'Record as known error' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Record a known error' });
    expect(
      within(dialog).getByRole('textbox', { name: /^Problem/ }),
    ).toHaveValue('Cart totals are wrong');
    const symptoms = within(dialog).getByRole('textbox', {
      name: /^Symptoms/,
    }) as HTMLTextAreaElement;
    expect(symptoms.value).toContain('Totals ignore discounts');
    expect(symptoms.value).toContain('**Impact:** EU baskets');
    expect(symptoms.value).toContain('**Notes from INC-7**');
    expect(symptoms.value).toContain('Flushing the cache helps');
    expect(within(dialog).getByText('cart-service')).toBeInTheDocument();
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', {
        name: 'Record',
      }),
    );
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(knownErrorsApi.createKnownError).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Cart totals are wrong',
        entityRefs: ['component:default/cart-service'],
        incidentRefs: [incident.id],
        status: 'investigating',
      }),
    );
  });

  it('follows changes to known errors: the incident’s own, and any for the suggestions', async () => {
    const signals = fakeSignalApi();
    const { knownErrorsApi, onChanged } = await renderPanel({ signals });
    await screen.findByRole('button', { name: 'Link KE-3 to this incident' });
    const lookups = knownErrorsApi.suggestKnownErrors.mock.calls.length;
    signals.knownErrorChanged({ knownErrorId: 'other', incidentIds: [] });
    await waitFor(() =>
      expect(knownErrorsApi.suggestKnownErrors.mock.calls.length).toBe(
        lookups + 1,
      ),
    );
    expect(onChanged).not.toHaveBeenCalled();
    signals.knownErrorChanged({
      knownErrorId: linked.id,
      incidentIds: [incident.id],
    });
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith());
  });

  it('says when nothing is linked or related', async () => {
    await renderPanel({
      incident: anIncident(),
      knownErrorsApi: mockKnownErrorsApi(),
    });
    expect(
      screen.getByText('No known error is linked to this incident yet.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('No recorded known error matches this incident.'),
    ).toBeInTheDocument();
  });
});
