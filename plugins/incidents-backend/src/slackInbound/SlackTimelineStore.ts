import { NewTimelineEntry } from '../database/timeline';

/** How a Slack message is put on a timeline, and taken off again. */
export type SlackSaveMethod = 'pin' | 'reaction';

/** A Slack event kept until it is handled. */
export type ReceivedSlackEvent = {
  eventId: string;
  /** The event callback as Slack sent it. */
  callback: Record<string, any>;
  /** Attempts before this one. */
  attempts: number;
};

/** A Slack message, and how it is (to be) on a timeline. */
export type SlackMessageKey = {
  channelId: string;
  messageTs: string;
  savedWith: SlackSaveMethod;
};

/**
 * The Slack events that put messages on incident timelines. Each event is kept before
 * Slack is answered and marked handled in the transaction that writes its entry, so it
 * is handled exactly once whatever Slack resends and whichever replica gets it.
 */
export interface SlackTimelineStore {
  /** Keeps an event; false when it was received before (Slack sent it again). */
  receive(
    event: { eventId: string; type: string; callback: Record<string, unknown> },
    now: number,
  ): Promise<boolean>;

  /**
   * Takes an unhandled event for `leaseMs`; undefined when it is handled or another
   * replica holds it.
   */
  claim(
    eventId: string,
    leaseMs: number,
    now: number,
  ): Promise<ReceivedSlackEvent | undefined>;

  /** Unhandled events received before `receivedBefore` that no replica holds. */
  listUnhandled(
    receivedBefore: number,
    limit: number,
    now: number,
  ): Promise<string[]>;

  /** An attempt failed: the event is tried again later, or never when `giveUp`. */
  recordFailure(
    eventId: string,
    error: string,
    giveUp: boolean,
    now: number,
  ): Promise<void>;

  /** The event needs nothing written (e.g. its user may not change the incident). */
  markHandled(eventId: string, now: number): Promise<void>;

  /**
   * Writes the message's entry on the incident's timeline and marks the event handled,
   * in one transaction. Returns the entry's id; undefined when the message is already on
   * a timeline or the event was handled meanwhile.
   */
  addMessage(
    eventId: string,
    incidentId: string,
    message: SlackMessageKey,
    entry: NewTimelineEntry,
    now: number,
  ): Promise<string | undefined>;

  /**
   * Takes a message saved the same way off its incident's timeline with the correction
   * `correction(entryId)` makes, and marks the event handled, in one transaction.
   * Returns the incident and the correction's id; undefined when it was not on one.
   */
  removeMessage(
    eventId: string,
    message: SlackMessageKey,
    correction: (entryId: string) => NewTimelineEntry,
    now: number,
  ): Promise<{ incidentId: string; entryId: string } | undefined>;

  /** Forgets handled events received before `receivedBefore`. */
  forgetHandled(receivedBefore: number): Promise<number>;
}
