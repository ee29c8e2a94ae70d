import { useSignal } from '@backstage/plugin-signals-react';
import {
  IncidentChangedSignal,
  INCIDENTS_SIGNAL_CHANNEL,
} from '@incident-response/backstage-plugin-incidents-common';
import { useEffect, useRef } from 'react';

/**
 * Calls `onChange` when the backend announces a change to an incident that `matches`
 * (on the `incidents` signal channel), so open pages show what others do without a
 * reload. Does nothing when the app has no signals API.
 */
export function useIncidentChanges(
  matches: (signal: IncidentChangedSignal) => boolean,
  onChange: () => void,
): void {
  const { lastSignal } = useSignal<IncidentChangedSignal>(
    INCIDENTS_SIGNAL_CHANNEL,
  );
  // The latest callbacks, without re-running the effect when they are new closures.
  const latest = useRef({ matches, onChange });
  latest.current = { matches, onChange };
  useEffect(() => {
    if (
      lastSignal?.type === 'incident-changed' &&
      latest.current.matches(lastSignal)
    ) {
      latest.current.onChange();
    }
  }, [lastSignal]);
}
