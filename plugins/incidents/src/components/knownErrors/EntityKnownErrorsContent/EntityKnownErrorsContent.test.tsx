import { Entity } from '@backstage/catalog-model';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  aKnownError,
  aSuggestion,
  mockKnownErrorsApi,
  testEntities,
} from '../../../__testUtils__/fixtures';
import { fakeSignalApi, renderWithApis } from '../../../__testUtils__/render';
import { EntityKnownErrorsContent } from './EntityKnownErrorsContent';

jest.setTimeout(30_000);

const cartService = testEntities[0] as Entity;
const ENTITY_REF = 'component:default/cart-service';

const own = [
  aKnownError(),
  aKnownError({
    id: 'ke-5',
    number: 'KE-5',
    title: 'Old session store drops baskets',
    status: 'retired',
  }),
];
const ofDependency = aSuggestion({
  id: 'ke-9',
  number: 'KE-9',
  title: 'Payment webhooks time out',
  status: 'investigating',
  workaround: null,
  entityRefs: ['component:default/payments-gateway'],
  reasons: ['dependency'],
});
const ofSystem = aSuggestion({
  id: 'ke-11',
  number: 'KE-11',
  title: 'Search index lags',
  entityRefs: ['component:default/search'],
  reasons: ['same-system'],
});

function api(
  options: {
    own?: typeof own;
    related?: ReturnType<typeof aSuggestion>[];
  } = {},
) {
  return mockKnownErrorsApi({
    listKnownErrors: jest.fn().mockResolvedValue({
      items: options.own ?? own,
      totalItems: (options.own ?? own).length,
    }),
    suggestKnownErrors: jest.fn().mockResolvedValue({
      // The entity's own come back as suggestions too; the tab lists them once.
      items: options.related ?? [aSuggestion(), ofDependency, ofSystem],
    }),
  });
}

describe('EntityKnownErrorsContent', () => {
  it('lists the entity’s known errors, whatever their status', async () => {
    const knownErrorsApi = api();
    await renderWithApis(<EntityKnownErrorsContent />, {
      knownErrorsApi,
      entity: cartService,
    });
    const table = await screen.findByRole('region', {
      name: 'Known errors of Cart service',
    });
    expect(within(table).getByText('KE-3')).toBeInTheDocument();
    expect(within(table).getByText('Retired')).toBeInTheDocument();
    expect(knownErrorsApi.listKnownErrors).toHaveBeenCalledWith({
      entityRef: ENTITY_REF,
      limit: 20,
      cursor: undefined,
    });
  });

  it('lists those of what it depends on, marked with why', async () => {
    const knownErrorsApi = api();
    await renderWithApis(<EntityKnownErrorsContent />, {
      knownErrorsApi,
      entity: cartService,
    });
    const related = await screen.findByRole('region', {
      name: 'Known errors of what it depends on',
    });
    const rows = await within(related).findAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent(
      /KE-9.*Payment webhooks time out.*Investigating.*Affects a dependency.*payments-gateway/,
    );
    expect(rows[2]).toHaveTextContent(/KE-11.*Same system/);
    expect(within(related).queryByText('KE-3')).toBeNull();
    expect(knownErrorsApi.suggestKnownErrors).toHaveBeenCalledWith({
      entityRef: ENTITY_REF,
      limit: 20,
    });
  });

  it('records a known error on the entity', async () => {
    await renderWithApis(<EntityKnownErrorsContent />, {
      knownErrorsApi: api(),
      entity: cartService,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Record a known error' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Record a known error' });
    expect(within(dialog).getByText('cart-service')).toBeInTheDocument();
  });

  it('explains the known-error database when there is none', async () => {
    await renderWithApis(<EntityKnownErrorsContent />, {
      knownErrorsApi: api({ own: [], related: [] }),
      entity: cartService,
    });
    expect(
      await screen.findByText('No known error is recorded for Cart service.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/recorded with its workaround so that the next person/),
    ).toBeInTheDocument();
  });

  it('reloads when a known error changes', async () => {
    const knownErrorsApi = api();
    const signals = fakeSignalApi();
    await renderWithApis(<EntityKnownErrorsContent />, {
      knownErrorsApi,
      entity: cartService,
      signals,
    });
    await screen.findByText('KE-9');
    signals.knownErrorChanged({ knownErrorId: 'ke-9' });
    await waitFor(() => {
      expect(knownErrorsApi.listKnownErrors).toHaveBeenCalledTimes(2);
      expect(knownErrorsApi.suggestKnownErrors).toHaveBeenCalledTimes(2);
    });
  });
});
