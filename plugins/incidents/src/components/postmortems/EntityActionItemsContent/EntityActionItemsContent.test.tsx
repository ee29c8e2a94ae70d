import { Entity } from '@backstage/catalog-model';
import { act, screen, waitFor, within } from '@testing-library/react';
import {
  anActionItem,
  mockPostmortemsApi,
  someActionItemSlo,
  testEntities,
} from '../../../__testUtils__/fixtures';
import { fakeSignalApi, renderWithApis } from '../../../__testUtils__/render';
import { EntityActionItemsContent } from './EntityActionItemsContent';

jest.setTimeout(30_000);

const cartService = testEntities[0] as Entity;
const ENTITY_REF = 'component:default/cart-service';

describe('EntityActionItemsContent', () => {
  it('lists the action items of incidents on the entity, with their SLO by team, live', async () => {
    const signals = fakeSignalApi();
    const postmortemsApi = mockPostmortemsApi({
      listActionItems: jest
        .fn()
        .mockResolvedValue({ items: [anActionItem()], totalItems: 1 }),
      getActionItemSlo: jest.fn().mockResolvedValue(someActionItemSlo()),
    });
    await renderWithApis(<EntityActionItemsContent />, {
      postmortemsApi,
      entity: cartService,
      signals,
    });
    const list = await screen.findByRole('region', {
      name: 'Action items from incidents on Cart service',
    });
    expect(
      within(list).getByText(
        'Invalidate the price cache when a promotion starts',
      ),
    ).toBeInTheDocument();
    expect(postmortemsApi.listActionItems).toHaveBeenCalledWith({
      entityRef: ENTITY_REF,
      status: ['open', 'in-progress'],
      limit: 20,
    });
    expect(
      await screen.findByRole('table', {
        name: 'Action items done on time, by owner team',
      }),
    ).toBeInTheDocument();
    expect(postmortemsApi.getActionItemSlo).toHaveBeenCalledWith(
      expect.objectContaining({ entityRef: ENTITY_REF }),
    );

    const calls = postmortemsApi.listActionItems.mock.calls.length;
    act(() =>
      signals.incidentChanged({
        incidentId: 'elsewhere',
        entityRefs: ['component:default/payments-gateway'],
      }),
    );
    act(() =>
      signals.incidentChanged({ incidentId: 'here', entityRefs: [ENTITY_REF] }),
    );
    await waitFor(() =>
      expect(postmortemsApi.listActionItems).toHaveBeenCalledTimes(calls + 1),
    );
  });
});
