import { WorkspaceStep } from '@incident-response/backstage-plugin-incidents-common';
import {
  aStep,
  channelResult,
  declareSteps,
  docResult,
  meetResult,
} from '../../__testUtils__/workspaceSteps';
import {
  blockedStepKeys,
  hasStepsUnderWay,
  skipCause,
  unfinishedDependencies,
  webLink,
  workspaceLinks,
} from './workspaceSteps';

describe('workspace steps', () => {
  it('tells the skip causes apart by the backend’s skip code', () => {
    const skipped = (skipCode: WorkspaceStep['skipCode']) =>
      skipCause(aStep('slack.channel', { status: 'skipped', skipCode }));
    expect(
      [
        'slack-not-configured',
        'google-not-configured',
        'meet-subject-missing',
        'postmortem-template-missing',
        'tracking-spreadsheet-missing',
        'retrospective',
        null,
      ].map(code => skipped(code as WorkspaceStep['skipCode'])),
    ).toEqual([
      'slack',
      'google',
      'meetSubject',
      'postmortemTemplate',
      'trackingSheet',
      'retrospective',
      undefined,
    ]);
  });

  it('finds the steps blocked behind a failure, directly or through another', () => {
    const steps = declareSteps({
      'slack.channel': { status: 'failed', lastError: 'missing_scope' },
      'google.meet': { status: 'succeeded', result: meetResult },
      'google.doc': { status: 'running' },
    });
    expect([...blockedStepKeys(steps)].sort()).toEqual([
      'google.doc-fill',
      'slack.invite',
      'slack.links',
      'slack.share',
    ]);
    expect(
      unfinishedDependencies(
        steps.find(s => s.key === 'google.doc-fill')!,
        steps,
      ).map(s => s.key),
    ).toEqual(['google.doc', 'slack.channel']);
  });

  it('is under way while a step runs or waits for something that can still happen', () => {
    const done = { status: 'succeeded' as const };
    expect(hasStepsUnderWay([aStep('slack.channel', done)])).toBe(false);
    expect(
      hasStepsUnderWay([aStep('slack.channel', { status: 'running' })]),
    ).toBe(true);
    expect(hasStepsUnderWay([aStep('slack.announce')])).toBe(true);
    // Only steps waiting behind a failure: nothing moves until someone retries.
    expect(
      hasStepsUnderWay([
        aStep('slack.channel', { status: 'failed' }),
        aStep('slack.share'),
        aStep('slack.links', { dependsOn: ['slack.share'] }),
      ]),
    ).toBe(false);
  });

  it('offers the channel, the Meet and the doc once they exist, and only web links', () => {
    expect(workspaceLinks(declareSteps())).toEqual({});
    expect(
      workspaceLinks(
        declareSteps({
          // The channel is recorded while its topic is still being set.
          'slack.channel': { status: 'running', result: channelResult },
          'google.meet': { status: 'succeeded', result: meetResult },
          'google.doc': { status: 'succeeded', result: docResult },
        }),
      ),
    ).toEqual({
      channel: { url: channelResult.url, name: channelResult.channelName },
      meet: { url: meetResult.url },
      doc: { url: docResult.url },
    });
    // eslint-disable-next-line no-script-url
    expect(webLink('javascript:alert(1)')).toBeUndefined();
    expect(webLink('not a link')).toBeUndefined();
    expect(webLink(42)).toBeUndefined();
  });
});
