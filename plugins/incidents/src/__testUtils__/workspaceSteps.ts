import {
  stepKindOfKey,
  WORKSPACE_SKIP_REASONS,
  WorkspaceStep,
  WorkspaceStepKind,
} from '@incident-response/backstage-plugin-incidents-common';

/** What the backend plans for a live incident, with the same dependencies. */
const DECLARE_DEPENDENCIES: Array<[WorkspaceStepKind, WorkspaceStepKind[]]> = [
  ['slack.channel', []],
  ['google.meet', []],
  ['google.doc', []],
  ['google.doc-fill', ['google.doc', 'slack.channel', 'google.meet']],
  ['slack.share', ['slack.channel']],
  ['slack.links', ['slack.share', 'google.meet', 'google.doc']],
  ['google.sheet', []],
  ['slack.invite', ['slack.channel']],
  ['slack.announce', []],
];

/** One step as `GET /incidents/{id}` returns it; pending and ready by default. */
export function aStep(
  key: string,
  overrides: Partial<WorkspaceStep> = {},
): WorkspaceStep {
  const at = new Date(Date.now() - 5 * 60_000).toISOString();
  const kind = stepKindOfKey(key) as WorkspaceStepKind;
  return {
    key,
    kind,
    status: 'pending',
    attempts: 0,
    lastError: null,
    skipCode: null,
    skipReason: null,
    result: null,
    dependsOn: DECLARE_DEPENDENCIES.find(([k]) => k === key)?.[1] ?? [],
    nextAttemptAt: null,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** The declare's nine steps, each with `overrides[kind]` applied. */
export function declareSteps(
  overrides: Partial<Record<WorkspaceStepKind, Partial<WorkspaceStep>>> = {},
): WorkspaceStep[] {
  return DECLARE_DEPENDENCIES.map(([kind]) => aStep(kind, overrides[kind]));
}

/** The steps of the demo: neither Slack nor Google is configured. */
export function unconfiguredSteps(): WorkspaceStep[] {
  return declareSteps(
    Object.fromEntries(
      DECLARE_DEPENDENCIES.map(([kind]) => [
        kind,
        {
          status: 'skipped' as const,
          skipCode: kind.startsWith('slack.')
            ? ('slack-not-configured' as const)
            : ('google-not-configured' as const),
          skipReason: kind.startsWith('slack.')
            ? WORKSPACE_SKIP_REASONS['slack-not-configured']
            : WORKSPACE_SKIP_REASONS['google-not-configured'],
        },
      ]),
    ),
  );
}

export const CHANNEL_URL = 'https://slack.com/app_redirect?channel=C0INC7';
export const MEET_URL = 'https://meet.google.com/abc-defg-hij';
export const DOC_URL = 'https://docs.google.com/document/d/1DoC/edit';
export const SHEET_URL = 'https://docs.google.com/spreadsheets/d/1ShEeT/edit';

/** The results the backend records for the channel, the Meet and the doc. */
export const channelResult = {
  channelId: 'C0INC7',
  channelName: 'incident-2026-11-22-cart-totals-are-wrong',
  private: false,
  url: CHANNEL_URL,
};
export const meetResult = {
  spaceName: 'spaces/abc',
  meetingUri: MEET_URL,
  meetingCode: 'abc-defg-hij',
  url: MEET_URL,
};
export const docResult = {
  documentId: '1DoC',
  documentName: 'INC-7 Postmortem: Cart totals are wrong',
  documentUrl: DOC_URL,
  url: DOC_URL,
};
