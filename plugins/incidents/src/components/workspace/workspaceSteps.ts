import {
  stepKindOfKey,
  WorkspaceSkipCode,
  WorkspaceStep,
} from '@incident-response/backstage-plugin-incidents-common';

/** Follow-ups (status and role changes, closing): their key is more than their kind. */
export function isFollowUp(step: Pick<WorkspaceStep, 'key'>): boolean {
  return stepKindOfKey(step.key) !== step.key;
}

/**
 * A link a step made, when it is a web link: results come from Slack and Google through
 * the backend, and only http(s) links are worth (and safe) rendering as links.
 */
export function webLink(value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}

/** A string field of a step's result, if it is one. */
export function resultText(
  step: Pick<WorkspaceStep, 'result'>,
  field: string,
): string | undefined {
  const value = step.result?.[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Why a skipped step is skipped, as the panel explains it in the reader's language. */
export type SkipCause =
  | 'slack'
  | 'google'
  | 'meetSubject'
  | 'postmortemTemplate'
  | 'trackingSheet'
  | 'retrospective';

/** Causes that setting up an integration fixes (the others are by design). */
export const CONFIGURATION_SKIP_CAUSES: readonly SkipCause[] = [
  'slack',
  'google',
  'meetSubject',
  'postmortemTemplate',
  'trackingSheet',
];

const SKIP_CAUSES: Record<WorkspaceSkipCode, SkipCause> = {
  'slack-not-configured': 'slack',
  'google-not-configured': 'google',
  'meet-subject-missing': 'meetSubject',
  'postmortem-template-missing': 'postmortemTemplate',
  'tracking-spreadsheet-missing': 'trackingSheet',
  retrospective: 'retrospective',
};

/**
 * Why a skipped step is skipped; undefined when the backend gives a reason this version
 * does not know (its English text is shown then).
 */
export function skipCause(
  step: Pick<WorkspaceStep, 'skipCode'>,
): SkipCause | undefined {
  return step.skipCode ? SKIP_CAUSES[step.skipCode] : undefined;
}

/**
 * Pending steps that cannot run until someone retries: one of the steps they depend on
 * failed, directly or through another blocked step.
 */
export function blockedStepKeys(steps: WorkspaceStep[]): Set<string> {
  const byKey = new Map(steps.map(step => [step.key, step]));
  const blocked = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const step of steps) {
      if (step.status !== 'pending' || blocked.has(step.key)) {
        continue;
      }
      const stuck = step.dependsOn.some(key => {
        const dependency = byKey.get(key);
        return dependency?.status === 'failed' || blocked.has(key);
      });
      if (stuck) {
        blocked.add(step.key);
        changed = true;
      }
    }
  }
  return blocked;
}

/** The steps a pending step still waits for: those not yet done (succeeded or skipped). */
export function unfinishedDependencies(
  step: WorkspaceStep,
  steps: WorkspaceStep[],
): WorkspaceStep[] {
  const byKey = new Map(steps.map(s => [s.key, s]));
  return step.dependsOn
    .map(key => byKey.get(key))
    .filter(
      (dependency): dependency is WorkspaceStep =>
        !!dependency &&
        dependency.status !== 'succeeded' &&
        dependency.status !== 'skipped',
    );
}

/**
 * Whether some step will still change by itself: one is running, or pending and not
 * blocked behind a failed step.
 */
export function hasStepsUnderWay(steps: WorkspaceStep[]): boolean {
  const blocked = blockedStepKeys(steps);
  return steps.some(
    step =>
      step.status === 'running' ||
      (step.status === 'pending' && !blocked.has(step.key)),
  );
}

/**
 * Whether this Backstage has no workspace to set up: every step of the declare was
 * skipped because Slack or Google Workspace is not configured. Then the page says so in
 * one line instead of listing each skipped step.
 */
export function isWorkspaceNotSetUp(steps: WorkspaceStep[]): boolean {
  const declare = steps.filter(step => !isFollowUp(step));
  return (
    declare.length > 0 &&
    declare.every(step => {
      const cause = step.status === 'skipped' && skipCause(step);
      return !!cause && CONFIGURATION_SKIP_CAUSES.includes(cause);
    })
  );
}

/** The links people need during the response, once the steps have made them. */
export type WorkspaceLinks = {
  channel?: { url: string; name?: string };
  meet?: { url: string };
  doc?: { url: string };
};

/**
 * The Slack channel, the Meet and the postmortem doc, when they exist. A step saves what
 * it made as soon as it exists, so the channel's link is there even while its topic is
 * still being set, or if a later part of the step failed.
 */
export function workspaceLinks(steps: WorkspaceStep[]): WorkspaceLinks {
  const find = (key: string) => steps.find(step => step.key === key);
  const links: WorkspaceLinks = {};
  const channel = find('slack.channel');
  const channelUrl = channel && webLink(channel.result?.url);
  if (channel && channelUrl) {
    links.channel = {
      url: channelUrl,
      name: resultText(channel, 'channelName'),
    };
  }
  const meetUrl = webLink(find('google.meet')?.result?.url);
  if (meetUrl) {
    links.meet = { url: meetUrl };
  }
  const docUrl = webLink(find('google.doc')?.result?.url);
  if (docUrl) {
    links.doc = { url: docUrl };
  }
  return links;
}
