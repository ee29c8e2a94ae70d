import { useApiHolder } from '@backstage/core-plugin-api';
import { signalApiRef } from '@backstage/plugin-signals-react';
import {
  IncidentChangedSignal,
  INCIDENTS_SIGNAL_CHANNEL,
  KnownErrorChangedSignal,
} from '@incident-response/backstage-plugin-incidents-common';
import { useEffect, useRef } from 'react';

/** What the backend publishes on the incidents signal channel. */
type IncidentsSignal = IncidentChangedSignal | KnownErrorChangedSignal;

/**
 * Calls `onChange` when the backend announces a change of the given type that `matches`
 * (on the `incidents` signal channel). Does nothing when the app has no signals API.
 */
function useIncidentsSignal<TType extends IncidentsSignal['type']>(
  type: TType,
  matches: (signal: Extract<IncidentsSignal, { type: TType }>) => boolean,
  onChange: () => void,
): void {
  const signals = useApiHolder().get(signalApiRef);
  // The latest callbacks, without subscribing again when they are new closures.
  const latest = useRef({ matches, onChange });
  latest.current = { matches, onChange };
  useEffect(() => {
    if (!signals) {
      return undefined;
    }
    // Each signal is looked at as it arrives: `useSignal` keeps only the last one in
    // state, so of two arriving before the next render the first was never seen.
    const { unsubscribe } = signals.subscribe(
      INCIDENTS_SIGNAL_CHANNEL,
      message => {
        const signal = message as unknown as IncidentsSignal;
        if (
          signal.type === type &&
          latest.current.matches(
            signal as Extract<IncidentsSignal, { type: TType }>,
          )
        ) {
          latest.current.onChange();
        }
      },
    );
    return unsubscribe;
  }, [signals, type]);
}

/**
 * Calls `onChange` when the backend announces a change to an incident that `matches`
 * (on the `incidents` signal channel), so open pages show what others do without a
 * reload. Does nothing when the app has no signals API.
 */
export function useIncidentChanges(
  matches: (signal: IncidentChangedSignal) => boolean,
  onChange: () => void,
): void {
  useIncidentsSignal('incident-changed', matches, onChange);
}

/**
 * Calls `onChange` when the backend announces a change to a known error that `matches`
 * (edited, status changed, linked to or unlinked from incidents, whose ids the signal
 * lists). Does nothing when the app has no signals API.
 */
export function useKnownErrorChanges(
  matches: (signal: KnownErrorChangedSignal) => boolean,
  onChange: () => void,
): void {
  useIncidentsSignal('known-error-changed', matches, onChange);
}
