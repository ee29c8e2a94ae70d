import { useApiHolder } from '@backstage/core-plugin-api';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { WorkspaceStep } from '@incident-response/backstage-plugin-incidents-common';
import { useEffect } from 'react';
import { hasStepsUnderWay } from './workspaceSteps';

/** How often an app without signals reloads while steps are under way. */
export const WORKSPACE_POLL_INTERVAL_MS = 10_000;

/**
 * Reloads the incident every few seconds while some workspace step is under way
 * (running, or pending and not blocked behind a failed step), but only in an app
 * without the signals API. With signals, the backend announces every step outcome and
 * the page reloads on it, so polling would only add load. Without them, a step would look
 * stuck at "Running" until the reader reloads the page: the Slack channel and the Meet
 * are what people open the page for in the first minutes. Steps blocked behind a failure
 * do not move until someone retries, so they do not keep the poll going.
 */
export function useWorkspaceStepsPolling(
  steps: WorkspaceStep[],
  reload: () => void,
  intervalMs: number = WORKSPACE_POLL_INTERVAL_MS,
): void {
  const hasSignals = useApiHolder().get(signalApiRef) !== undefined;
  const underWay = hasStepsUnderWay(steps);
  useEffect(() => {
    if (hasSignals || !underWay) {
      return undefined;
    }
    const timer = setInterval(reload, intervalMs);
    return () => clearInterval(timer);
  }, [hasSignals, underWay, reload, intervalMs]);
}
