import { TestApiProvider } from '@backstage/test-utils';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { WorkspaceStep } from '@incident-response/backstage-plugin-incidents-common';
import { act, renderHook } from '@testing-library/react';
import { ReactNode } from 'react';
import { fakeSignalApi } from '../../__testUtils__/render';
import { aStep } from '../../__testUtils__/workspaceSteps';
import {
  useWorkspaceStepsPolling,
  WORKSPACE_POLL_INTERVAL_MS,
} from './useWorkspaceStepsPolling';

function poll(steps: WorkspaceStep[], options: { signals: boolean }) {
  const reload = jest.fn();
  const apis: any[] = options.signals ? [[signalApiRef, fakeSignalApi()]] : [];
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={apis as any}>{children}</TestApiProvider>
  );
  const hook = renderHook(
    ({ current }) => useWorkspaceStepsPolling(current, reload),
    { wrapper, initialProps: { current: steps } },
  );
  const wait = (ms: number) => act(() => jest.advanceTimersByTime(ms));
  return { reload, hook, wait };
}

describe('useWorkspaceStepsPolling', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('reloads while a step is under way when the app has no signals', () => {
    const { reload, hook, wait } = poll(
      [aStep('slack.channel', { status: 'running' })],
      { signals: false },
    );
    wait(WORKSPACE_POLL_INTERVAL_MS * 2);
    expect(reload).toHaveBeenCalledTimes(2);

    hook.rerender({
      current: [aStep('slack.channel', { status: 'succeeded' })],
    });
    wait(WORKSPACE_POLL_INTERVAL_MS * 3);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('leaves it to signals when the app has them', () => {
    const { reload, wait } = poll([aStep('slack.channel')], { signals: true });
    wait(WORKSPACE_POLL_INTERVAL_MS * 3);
    expect(reload).not.toHaveBeenCalled();
  });

  it('does not poll for steps that wait behind a failure', () => {
    const { reload, wait } = poll(
      [aStep('slack.channel', { status: 'failed' }), aStep('slack.invite')],
      { signals: false },
    );
    wait(WORKSPACE_POLL_INTERVAL_MS * 3);
    expect(reload).not.toHaveBeenCalled();
  });
});
