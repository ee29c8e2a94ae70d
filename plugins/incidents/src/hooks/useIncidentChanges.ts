import { useSignal } from '@backstage/plugin-signals-react';
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
  const { lastSignal } = useSignal<IncidentsSignal>(INCIDENTS_SIGNAL_CHANNEL);
  // The latest callbacks, without re-running the effect when they are new closures.
  const latest = useRef({ matches, onChange });
  latest.current = { matches, onChange };
  useEffect(() => {
    if (
      lastSignal?.type === type &&
      latest.current.matches(
        lastSignal as Extract<IncidentsSignal, { type: TType }>,
      )
    ) {
      latest.current.onChange();
    }
  }, [lastSignal, type]);
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
