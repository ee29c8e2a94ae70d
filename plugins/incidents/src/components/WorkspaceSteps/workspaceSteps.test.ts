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
  it('tells the skip causes apart by the configuration key the backend names', () => {
    const skipped = (key: string, skipReason: string) =>
      aStep(key, { status: 'skipped', skipReason });
    expect(
      [
        skipped(
          'slack.channel',
          'Slack is not configured (incidents.slack.botToken)',
        ),
        skipped(
          'google.meet',
          'Google Workspace is not configured (incidents.google.clientEmail and privateKey)',
        ),
        skipped(
          'google.meet',
          'Google Meet needs a Workspace user to act as (incidents.google.subject)',
        ),
        skipped(
          'google.doc',
          'No postmortem template is configured (incidents.google.postmortemTemplateId)',
        ),
        skipped(
          'google.sheet',
          'No tracking spreadsheet is configured (incidents.google.trackingSpreadsheetId)',
        ),
        skipped('google.doc', 'Something new'),
      ].map(step => skipCause(step, 'live')),
    ).toEqual([
      'slack',
      'google',
      'meetSubject',
      'postmortemTemplate',
      'trackingSheet',
      undefined,
    ]);
    const retrospective = (key: string) =>
      skipCause(
        aStep(key, {
          status: 'skipped',
          skipReason:
            'A retrospective incident is already over: no channel, Meet or announcement',
        }),
        'retrospective',
      );
    expect(retrospective('slack.channel')).toBe('retrospective');
    expect(retrospective('google.meet')).toBe('retrospective');
    // An integration that is off comes first, as in the backend.
    expect(
      skipCause(
        aStep('slack.channel', {
          status: 'skipped',
          skipReason: 'Slack is not configured (incidents.slack.botToken)',
        }),
        'retrospective',
      ),
    ).toBe('slack');
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
