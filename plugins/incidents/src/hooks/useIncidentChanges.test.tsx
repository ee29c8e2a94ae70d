import { signalApiRef } from '@backstage/plugin-signals-react';
import { TestApiProvider } from '@backstage/test-utils';
import { act, renderHook } from '@testing-library/react';
import { ReactNode } from 'react';
import { fakeSignalApi } from '../__testUtils__/render';
import { useIncidentChanges, useKnownErrorChanges } from './useIncidentChanges';

function withSignals(signals?: ReturnType<typeof fakeSignalApi>) {
  return ({ children }: { children: ReactNode }) =>
    signals ? (
      <TestApiProvider apis={[[signalApiRef, signals]]}>
        {children}
      </TestApiProvider>
    ) : (
      <TestApiProvider apis={[]}>{children}</TestApiProvider>
    );
}

describe('useIncidentChanges', () => {
  it('sees every change that matches, even when another arrives before the next render', () => {
    const signals = fakeSignalApi();
    const onChange = jest.fn();
    renderHook(
      () => useIncidentChanges(s => s.incidentId === 'incident-a', onChange),
      { wrapper: withSignals(signals) },
    );
    act(() => {
      signals.incidentChanged({ incidentId: 'incident-a', entityRefs: [] });
      signals.incidentChanged({ incidentId: 'incident-b', entityRefs: [] });
    });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores known error changes and stops listening when unmounted', () => {
    const signals = fakeSignalApi();
    const onIncident = jest.fn();
    const onKnownError = jest.fn();
    const hook = renderHook(
      () => {
        useIncidentChanges(() => true, onIncident);
        useKnownErrorChanges(s => s.knownErrorId === 'ke-1', onKnownError);
      },
      { wrapper: withSignals(signals) },
    );
    act(() => signals.knownErrorChanged({ knownErrorId: 'ke-1' }));
    expect(onIncident).not.toHaveBeenCalled();
    expect(onKnownError).toHaveBeenCalledTimes(1);
    hook.unmount();
    act(() => {
      signals.knownErrorChanged({ knownErrorId: 'ke-1' });
      signals.incidentChanged({ incidentId: 'incident-a', entityRefs: [] });
    });
    expect(onIncident).not.toHaveBeenCalled();
    expect(onKnownError).toHaveBeenCalledTimes(1);
  });

  it('does nothing in an app without signals', () => {
    const onChange = jest.fn();
    expect(() =>
      renderHook(() => useIncidentChanges(() => true, onChange), {
        wrapper: withSignals(),
      }),
    ).not.toThrow();
  });
});
