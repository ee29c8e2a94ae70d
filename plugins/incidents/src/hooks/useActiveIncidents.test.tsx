import { signalApiRef } from '@backstage/plugin-signals-react';
import { TestApiProvider } from '@backstage/test-utils';
import { act, renderHook, waitFor } from '@testing-library/react';
import { ReactNode } from 'react';
import { incidentsApiRef } from '../api';
import { anIncident, mockIncidentsApi } from '../__testUtils__/fixtures';
import { fakeSignalApi } from '../__testUtils__/render';
import { useActiveIncidents, useConcernsEntity } from './useActiveIncidents';

const entityRef = 'component:default/cart-service';

function renderActiveIncidents() {
  const api = mockIncidentsApi({
    listIncidents: jest
      .fn()
      .mockResolvedValue({ items: [anIncident()], totalItems: 1 }),
  });
  const signals = fakeSignalApi();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider
      apis={[
        [incidentsApiRef, api],
        [signalApiRef, signals],
      ]}
    >
      {children}
    </TestApiProvider>
  );
  const hook = renderHook(() => useActiveIncidents(entityRef), { wrapper });
  return { api, signals, hook };
}

describe('useActiveIncidents', () => {
  it('loads the open incidents on the entity, as many as a page holds', async () => {
    const { api, hook } = renderActiveIncidents();
    await waitFor(() =>
      expect(hook.result.current.value?.items).toHaveLength(1),
    );
    expect(api.listIncidents).toHaveBeenCalledTimes(1);
    expect(api.listIncidents).toHaveBeenCalledWith({
      entityRef,
      status: ['active', 'mitigated'],
      limit: 100,
    });
  });

  it('loads again when an incident on the entity changes, whatever the case of its ref', async () => {
    const { api, signals, hook } = renderActiveIncidents();
    await waitFor(() => expect(hook.result.current.value).toBeDefined());

    act(() =>
      signals.incidentChanged({
        incidentId: 'other',
        entityRefs: ['component:default/checkout'],
      }),
    );
    expect(api.listIncidents).toHaveBeenCalledTimes(1);

    act(() =>
      signals.incidentChanged({
        incidentId: 'this',
        entityRefs: ['Component:default/Cart-Service'],
      }),
    );
    await waitFor(() => expect(api.listIncidents).toHaveBeenCalledTimes(2));
  });
});

describe('useConcernsEntity', () => {
  it('matches signals naming the entity in any case, and only those', () => {
    const { result } = renderHook(() => useConcernsEntity(entityRef));
    const signal = (...entityRefs: string[]) => ({
      type: 'incident-changed' as const,
      incidentId: 'id',
      number: 'INC-1',
      ownerRefs: [],
      entityRefs,
    });
    expect(result.current(signal('COMPONENT:default/cart-service'))).toBe(true);
    expect(result.current(signal('api:default/x', entityRef))).toBe(true);
    expect(result.current(signal('component:default/checkout'))).toBe(false);
    expect(result.current(signal())).toBe(false);
  });
});
