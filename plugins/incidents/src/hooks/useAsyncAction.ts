import { useRef, useState } from 'react';
import { useErrorText } from './useErrorText';

/**
 * One button action at a time (a status change, linking a known error): which one is
 * under way, so its button can be disabled, and the last failure in words.
 */
export function useAsyncAction(): {
  /** The key of the action under way. */
  running?: string;
  /** The last failure, worded by the caller from the failure in the user's language. */
  failure?: string;
  run(
    key: string,
    action: () => Promise<void>,
    describeFailure: (message: string) => string,
  ): Promise<void>;
} {
  const errorText = useErrorText();
  const [running, setRunning] = useState<string>();
  const [failure, setFailure] = useState<string>();
  // State updates are asynchronous; this blocks a second click in the same tick.
  const inFlight = useRef(false);
  const run = async (
    key: string,
    action: () => Promise<void>,
    describeFailure: (message: string) => string,
  ) => {
    if (inFlight.current) {
      return;
    }
    inFlight.current = true;
    setRunning(key);
    setFailure(undefined);
    try {
      await action();
    } catch (error) {
      setFailure(describeFailure(errorText(error)));
    } finally {
      inFlight.current = false;
      setRunning(undefined);
    }
  };
  return { running, failure, run };
}
