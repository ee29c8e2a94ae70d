import { ConflictError } from '@backstage/errors';
import { IncidentDetails } from '@incident-response/backstage-plugin-incidents-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anIncident, mockIncidentsApi } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import {
  aStep,
  CHANNEL_URL,
  channelResult,
  declareSteps,
  DOC_URL,
  MEET_URL,
  meetResult,
  SHEET_URL,
  unconfiguredSteps,
} from '../../../__testUtils__/workspaceSteps';
import { WORKSPACE_SETUP_DOCS_URL } from '../workspaceSetUpDocs';
import { WorkspacePanel } from './WorkspacePanel';

jest.setTimeout(30_000);

const inMinutes = (minutes: number) =>
  new Date(Date.now() + minutes * 60_000 + 5_000).toISOString();

/** A declare under way: every status at once, and two follow-ups. */
/** Made when a test starts: its times are relative to now. */
const busyIncident = () =>
  anIncident({
    steps: [
      ...declareSteps({
        'slack.channel': {
          status: 'succeeded',
          attempts: 1,
          result: channelResult,
        },
        'google.meet': { status: 'succeeded', attempts: 1, result: meetResult },
        'google.doc': {
          status: 'failed',
          attempts: 3,
          lastError:
            'Gave up after 3 attempts: Google Drive answered 500 Internal Server Error',
        },
        'slack.share': { status: 'running', attempts: 2 },
        'google.sheet': {
          status: 'pending',
          attempts: 1,
          lastError: 'Google Sheets answered 429 Too Many Requests',
          nextAttemptAt: inMinutes(2),
        },
        'slack.invite': {
          status: 'succeeded',
          attempts: 1,
          result: {
            channelId: 'C0INC7',
            invited: ['user:default/guest'],
            notFound: ['user:default/amelie.tremblay'],
            url: CHANNEL_URL,
          },
        },
        'slack.announce': {
          status: 'succeeded',
          attempts: 1,
          result: { channel: 'incident-sre' },
        },
      }),
      aStep('slack.status-update:10', {
        status: 'succeeded',
        attempts: 1,
        dependsOn: ['slack.channel', 'slack.share'],
        result: { url: CHANNEL_URL },
      }),
      aStep('google.sheet-update:10', {
        status: 'pending',
        dependsOn: ['google.sheet'],
      }),
    ],
  });

function renderPanel(
  incident: IncidentDetails,
  options: Parameters<typeof renderWithApis>[1] = {},
) {
  const onChanged = jest.fn();
  const rendered = renderWithApis(
    <WorkspacePanel incident={incident} onChanged={onChanged} />,
    options,
  );
  return rendered.then(result => ({ ...result, onChanged }));
}

/** The list item of one step, by its key. */
function stepItem(key: string): HTMLElement {
  const item = document.querySelector<HTMLElement>(`li[data-step="${key}"]`);
  if (!item) {
    throw new Error(`No step ${key}`);
  }
  return item;
}

describe('WorkspacePanel', () => {
  it('lists the declare steps in order, then the follow-ups', async () => {
    await renderPanel(busyIncident());
    const declare = await screen.findByRole('list', {
      name: 'When the incident was declared',
    });
    expect(
      within(declare)
        .getAllByRole('listitem')
        .map(item => item.getAttribute('data-step')),
    ).toEqual([
      'slack.channel',
      'google.meet',
      'google.doc',
      'google.doc-fill',
      'slack.share',
      'slack.links',
      'google.sheet',
      'slack.invite',
      'slack.announce',
    ]);
    const followUps = screen.getByRole('list', { name: 'Follow-ups' });
    const items = within(followUps).getAllByRole('listitem');
    expect(items.map(item => item.getAttribute('data-step'))).toEqual([
      'slack.status-update:10',
      'google.sheet-update:10',
    ]);
    expect(items[0]).toHaveTextContent('Status change message');
    expect(items[0]).toHaveTextContent(/Planned/);
    expect(items[1]).toHaveTextContent('Tracking sheet update');
  });

  it('shows a succeeded step with the link it made', async () => {
    await renderPanel(busyIncident());
    const channel = await waitFor(() => stepItem('slack.channel'));
    expect(channel).toHaveTextContent('Slack channel');
    expect(channel).toHaveTextContent('Done');
    const open = within(channel).getByRole('link', {
      name: 'Open #incident-2026-11-22-cart-totals-are-wrong in Slack (opens in a new tab)',
    });
    expect(open).toHaveAttribute('href', CHANNEL_URL);
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('rel', 'noopener noreferrer');

    expect(
      within(stepItem('google.meet')).getByRole('link', {
        name: /Join the Meet/,
      }),
    ).toHaveAttribute('href', MEET_URL);
    expect(stepItem('slack.announce')).toHaveTextContent(
      'Posted in #incident-sre',
    );
    const invite = stepItem('slack.invite');
    expect(invite).toHaveTextContent('No Slack account found for');
    expect(
      within(invite).getByRole('link', { name: /amelie\.tremblay/ }),
    ).toBeInTheDocument();
  });

  it('links the postmortem doc and the tracking sheet when they are done', async () => {
    await renderPanel(
      anIncident({
        steps: declareSteps({
          'google.doc': {
            status: 'succeeded',
            result: { documentId: '1DoC', url: DOC_URL },
          },
          'google.sheet': {
            status: 'succeeded',
            result: { range: 'Sheet1!A7:J7', url: SHEET_URL },
          },
        }),
      }),
    );
    expect(
      within(await waitFor(() => stepItem('google.doc'))).getByRole('link', {
        name: /Open the postmortem document/,
      }),
    ).toHaveAttribute('href', DOC_URL);
    expect(
      within(stepItem('google.sheet')).getByRole('link', {
        name: /Open the tracking sheet/,
      }),
    ).toHaveAttribute('href', SHEET_URL);
  });

  it('shows a failed step with the reason and the attempts', async () => {
    await renderPanel(busyIncident());
    const doc = await waitFor(() => stepItem('google.doc'));
    expect(doc).toHaveAttribute('data-status', 'failed');
    expect(doc).toHaveTextContent('Postmortem document');
    expect(doc).toHaveTextContent('Failed');
    expect(doc).toHaveTextContent(
      'Gave up after 3 attempts: Google Drive answered 500 Internal Server Error',
    );
    expect(doc).toHaveTextContent('After 3 attempts');
  });

  it('shows what a pending step waits for, and a running step', async () => {
    await renderPanel(busyIncident());
    const fill = await waitFor(() => stepItem('google.doc-fill'));
    expect(fill).toHaveTextContent('Pending');
    expect(fill).toHaveTextContent(
      'Waiting for Postmortem document, which failed',
    );
    const sheet = stepItem('google.sheet');
    expect(sheet).toHaveTextContent('Pending');
    expect(sheet).toHaveTextContent('Next attempt in 2 minutes');
    expect(sheet).toHaveTextContent(
      'Last attempt: Google Sheets answered 429 Too Many Requests',
    );
    expect(stepItem('google.sheet-update:10')).toHaveTextContent(
      'Waiting for Tracking sheet row',
    );
    expect(stepItem('slack.announce')).not.toHaveTextContent('Waiting');
    const share = stepItem('slack.share');
    expect(share).toHaveTextContent('First message in the channel');
    expect(share).toHaveTextContent('Running');
    expect(share).toHaveTextContent('Attempt 2');
  });

  it('says a pending step with nothing to wait for starts shortly', async () => {
    await renderPanel(anIncident({ steps: [aStep('slack.announce')] }));
    const announce = await waitFor(() => stepItem('slack.announce'));
    expect(announce).toHaveTextContent('Announcement');
    expect(announce).toHaveTextContent('Starts shortly');
  });

  it('says why steps were skipped and how to set up what is missing', async () => {
    // Google Workspace is configured, Slack is not.
    const slackSkipped = unconfiguredSteps().filter(step =>
      step.key.startsWith('slack.'),
    );
    await renderPanel(
      anIncident({
        steps: declareSteps({
          ...Object.fromEntries(slackSkipped.map(step => [step.kind, step])),
          'google.meet': { status: 'succeeded', result: meetResult },
        }),
      }),
    );
    const channel = await waitFor(() => stepItem('slack.channel'));
    expect(channel).toHaveAttribute('data-status', 'skipped');
    expect(channel).toHaveTextContent('Skipped');
    expect(channel).toHaveTextContent('Slack is not configured.');
    expect(
      screen.getByRole('link', {
        name: /How to set up Slack and Google Workspace/,
      }),
    ).toHaveAttribute('href', WORKSPACE_SETUP_DOCS_URL);
    expect(
      screen.queryByRole('button', { name: 'Retry failed steps' }),
    ).not.toBeInTheDocument();
  });

  it('is not there when neither Slack nor Google Workspace is configured', async () => {
    // The top of the page says so in one line (WorkspaceQuickLinks).
    await renderPanel(anIncident({ steps: unconfiguredSteps() }));
    await waitFor(() =>
      expect(screen.queryByText('Workspace')).not.toBeInTheDocument(),
    );
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('explains the steps a retrospective incident does not have', async () => {
    const retrospective = {
      status: 'skipped' as const,
      skipCode: 'retrospective' as const,
      skipReason:
        'A retrospective incident is already over: no channel, Meet or announcement',
    };
    await renderPanel(
      anIncident({
        mode: 'retrospective',
        steps: declareSteps({
          'slack.channel': retrospective,
          'google.meet': retrospective,
          'google.doc': { status: 'succeeded', result: { url: DOC_URL } },
        }),
      }),
    );
    expect(await waitFor(() => stepItem('slack.channel'))).toHaveTextContent(
      'A retrospective incident is already over: no channel, Meet or announcement.',
    );
    // Not a configuration problem: no set-up link.
    expect(
      screen.queryByRole('link', { name: /How to set up/ }),
    ).not.toBeInTheDocument();
  });

  it('shows the backend’s reason when it is one this version does not know', async () => {
    await renderPanel(
      anIncident({
        steps: [
          aStep('google.sheet', {
            status: 'skipped',
            skipReason: 'The tracking sheet is read-only this week',
          }),
        ],
      }),
    );
    expect(await waitFor(() => stepItem('google.sheet'))).toHaveTextContent(
      'The tracking sheet is read-only this week',
    );
  });

  it('says when an incident has no steps (declared before they existed)', async () => {
    await renderPanel(anIncident({ steps: [] }));
    expect(
      await screen.findByText(
        'Nothing was set up in Slack or Google Workspace for this incident.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Retry failed steps' }),
    ).not.toBeInTheDocument();
  });

  describe('Retry failed steps', () => {
    it('is offered only when a step failed', async () => {
      await renderPanel(
        anIncident({
          steps: declareSteps({
            'slack.channel': { status: 'succeeded', result: channelResult },
            'google.meet': { status: 'running' },
          }),
        }),
      );
      await waitFor(() => stepItem('slack.channel'));
      expect(
        screen.queryByRole('button', { name: 'Retry failed steps' }),
      ).not.toBeInTheDocument();

      await renderPanel(busyIncident());
      expect(
        await screen.findByRole('button', { name: 'Retry failed steps' }),
      ).toBeInTheDocument();
    });

    it('says what happens, retries and reports it', async () => {
      const busy = busyIncident();
      const retried = anIncident({
        steps: busy.steps.map(step =>
          step.key === 'google.doc'
            ? { ...step, status: 'pending' as const, lastError: null }
            : step,
        ),
      });
      const api = mockIncidentsApi({
        retryFailedSteps: jest.fn().mockResolvedValue(retried),
      });
      const { onChanged } = await renderPanel(busy, { api });
      await userEvent.click(
        await screen.findByRole('button', { name: 'Retry failed steps' }),
      );
      const dialog = screen.getByRole('dialog', {
        name: 'Retry the failed steps of INC-7?',
      });
      expect(dialog).toHaveTextContent('These steps are tried again now:');
      expect(
        within(dialog)
          .getAllByRole('listitem')
          .map(item => item.textContent),
      ).toEqual(['Postmortem document']);
      expect(dialog).toHaveTextContent(
        /Steps that already succeeded are not repeated/,
      );

      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Retry' }),
      );
      expect(api.retryFailedSteps).toHaveBeenCalledWith(busy.id);
      await waitFor(() => expect(onChanged).toHaveBeenCalledWith(retried));
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      expect(screen.getByRole('status')).toHaveTextContent(
        'Trying again: Postmortem document. Their progress shows in this panel.',
      );
    });

    it('shows why the backend did not retry', async () => {
      const api = mockIncidentsApi({
        retryFailedSteps: jest
          .fn()
          .mockRejectedValue(
            new ConflictError('INC-7 has no failed steps to retry'),
          ),
      });
      const { onChanged } = await renderPanel(busyIncident(), { api });
      await userEvent.click(
        await screen.findByRole('button', { name: 'Retry failed steps' }),
      );
      const dialog = screen.getByRole('dialog');
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Retry' }),
      );
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(
        'The steps were not retried: INC-7 has no failed steps to retry',
      );
      expect(onChanged).not.toHaveBeenCalled();
    });
  });
});
