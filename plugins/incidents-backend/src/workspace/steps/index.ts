import { WorkspaceStepKind } from '@incident-response/backstage-plugin-incidents-common';
import { PermanentStepError } from '../classifyStepError';
import { copyPostmortemDocument } from './google/copyPostmortemDocument';
import { createMeet } from './google/createMeet';
import { fillPostmortemDocument } from './google/fillPostmortemDocument';
import { renderPostmortem } from './google/renderPostmortem';
import { updateDocumentStatus } from './google/updateDocumentStatus';
import { writeTrackingRow } from './google/writeTrackingRow';
import { announce } from './slack/announce';
import { archiveChannel } from './slack/archiveChannel';
import { createChannel } from './slack/createChannel';
import { invitePeople } from './slack/invitePeople';
import { postClosing } from './slack/postClosing';
import { postDetailsChange } from './slack/postDetailsChange';
import { postKnownErrors } from './slack/postKnownErrors';
import { postRoleChange } from './slack/postRoleChange';
import { postStatusChange } from './slack/postStatusChange';
import { shareFirstMessage } from './slack/shareFirstMessage';
import { shareLateLinks } from './slack/shareLateLinks';
import { StepContext, StepRun, StepSuccess } from './StepContext';
import { StepInput } from './stepInputs';

/** What one kind of step does, given its attempt, the shared context and its input. */
export type StepHandler<K extends WorkspaceStepKind> = (
  run: StepRun,
  context: StepContext,
  input: StepInput<K>,
) => Promise<StepSuccess>;

/**
 * The handler of every step kind. The type makes it exhaustive: a kind added to the
 * common package without a handler does not compile.
 *
 * Every step is idempotent: it records what it made the moment it exists
 * (`run.save`), and when an earlier attempt may have made it without recording it (a
 * lost response, a crash), it looks for it first: the channel by name and creator,
 * messages by their metadata, the doc by its Drive app property, the sheet row by
 * incident number, the rendered postmortem by its named range in the doc.
 */
export const STEP_HANDLERS: { [K in WorkspaceStepKind]: StepHandler<K> } = {
  'slack.channel': createChannel,
  'google.meet': createMeet,
  'google.doc': copyPostmortemDocument,
  'google.doc-fill': fillPostmortemDocument,
  'slack.share': shareFirstMessage,
  'slack.links': shareLateLinks,
  'google.sheet': writeTrackingRow,
  'slack.invite': invitePeople,
  'slack.announce': announce,
  'slack.status-update': postStatusChange,
  'slack.role-update': postRoleChange,
  'slack.details-update': postDetailsChange,
  'slack.close': postClosing,
  'slack.archive': archiveChannel,
  'google.sheet-update': writeTrackingRow,
  'google.doc-status': updateDocumentStatus,
  'slack.known-errors': postKnownErrors,
  'google.postmortem-render': renderPostmortem,
};

/** Runs one attempt at a step with the handler of its kind. */
export function runStep(
  run: StepRun,
  context: StepContext,
): Promise<StepSuccess> {
  const handler = (
    STEP_HANDLERS as Partial<Record<string, StepHandler<WorkspaceStepKind>>>
  )[run.step.kind];
  if (!handler) {
    // A row written by a newer version of the plugin, read by this one.
    throw new PermanentStepError(
      `Unknown workspace step ${run.step.key}; was it written by a newer version of the plugin?`,
    );
  }
  return handler(run, context, run.step.input as StepInput<WorkspaceStepKind>);
}
