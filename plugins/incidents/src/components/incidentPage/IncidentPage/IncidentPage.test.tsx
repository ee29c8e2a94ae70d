import { ConflictError } from '@backstage/errors';
import { StatusUpdateParts } from '@incident-response/backstage-plugin-incidents-common';
import {
  act,
  fireEvent,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import { Route, Routes } from 'react-router-dom';
import {
  anEntry,
  anIncident,
  mockIncidentsApi,
} from '../../../__testUtils__/fixtures';
import { fakeSignalApi, renderWithApis } from '../../../__testUtils__/render';
import { aFailedResponse } from '../../../__testUtils__/responseErrors';
import {
  CHANNEL_URL,
  channelResult,
  declareSteps,
  DOC_URL,
  docResult,
  MEET_URL,
  meetResult,
} from '../../../__testUtils__/workspaceSteps';
import { IncidentPage } from './IncidentPage';

jest.setTimeout(30_000);

const incident = anIncident({
  description: 'Basket totals ignore **discounts**.',
});
const minutesAgo = (minutes: number) =>
  new Date(Date.now() - minutes * 60_000).toISOString();

function renderPage(
  api = mockIncidentsApi({
    getIncident: jest.fn().mockResolvedValue(incident),
  }),
  options: Parameters<typeof renderWithApis>[1] = {},
) {
  return renderWithApis(
    <Routes>
      <Route path="/incidents/:id" element={<IncidentPage />} />
    </Routes>,
    { api, routeEntries: ['/incidents/INC-7'], ...options },
  );
}

describe('IncidentPage', () => {
  it('is reached by number and shows the header', async () => {
    const { api } = await renderPage();
    expect(
      await screen.findByRole('heading', { name: 'Cart totals are wrong' }),
    ).toBeInTheDocument();
    expect(api.getIncident).toHaveBeenCalledWith('INC-7');
    expect(api.getTimeline).toHaveBeenCalledWith(incident.id);
    expect(screen.getAllByText('INC-7').length).toBeGreaterThan(0);
    expect(screen.getByText('SEV2')).toBeInTheDocument();
    expect(screen.getAllByText('Active').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: /cart-service/ })).toHaveAttribute(
      'href',
      '/catalog/default/component/cart-service',
    );
    expect(
      screen.getByRole('link', { name: /storefront-team/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('discounts').tagName).toBe('STRONG');
  });

  describe('details', () => {
    it('shows the summary and the impact the incident lead keeps current', async () => {
      await renderPage(
        mockIncidentsApi({
          getIncident: jest.fn().mockResolvedValue(
            anIncident({
              summary: 'Rolled back; totals are right again',
              impact: 'EU baskets showed prices without VAT',
            }),
          ),
        }),
      );
      expect(
        await screen.findByRole('heading', { name: 'Summary' }),
      ).toBeInTheDocument();
      expect(
        screen.getByText('Rolled back; totals are right again'),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('heading', { name: 'Impact' }),
      ).toBeInTheDocument();
      expect(
        screen.getByText('EU baskets showed prices without VAT'),
      ).toBeInTheDocument();
    });

    it('edits them and shows the incident as saved', async () => {
      const saved = { ...incident, severity: 'SEV1', summary: 'Rolled back' };
      const api = mockIncidentsApi({
        getIncident: jest
          .fn()
          .mockResolvedValueOnce(incident)
          .mockResolvedValue(saved),
        updateIncident: jest.fn().mockResolvedValue(saved),
      });
      await renderPage(api);
      await userEvent.click(
        await screen.findByRole('button', { name: 'Edit details' }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Edit INC-7' });
      await userEvent.click(
        within(dialog).getByRole('radio', { name: /SEV1 - Critical/ }),
      );
      fireEvent.change(within(dialog).getByLabelText(/^Summary/), {
        target: { value: 'Rolled back' },
      });
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Save' }),
      );

      await waitFor(() =>
        expect(
          screen.queryByRole('dialog', { name: 'Edit INC-7' }),
        ).not.toBeInTheDocument(),
      );
      expect(api.updateIncident).toHaveBeenCalledWith(incident.id, {
        severity: 'SEV1',
        summary: 'Rolled back',
      });
      expect(screen.getByText('SEV1')).toBeInTheDocument();
      expect(screen.getByText('Rolled back')).toBeInTheDocument();
    });
  });

  describe('status actions', () => {
    it('offers the moves the status allows', async () => {
      await renderPage();
      const actions = await screen.findByRole('group', { name: 'Status' });
      expect(
        within(actions)
          .getAllByRole('button')
          .map(b => b.textContent),
      ).toEqual(['Mark mitigated', 'Resolve']);
    });

    it('resolves now, then reloads the incident and its timeline', async () => {
      const resolved = anIncident({
        status: 'resolved',
        resolvedAt: new Date().toISOString(),
        mitigatedAt: new Date().toISOString(),
      });
      const api = mockIncidentsApi({
        getIncident: jest.fn().mockResolvedValue(incident),
        transitionIncident: jest.fn().mockResolvedValue(resolved),
      });
      await renderPage(api);
      // As the field writes a moment in English: year first, 24-hour clock.
      const inputMinute = (time: DateTime) => time.toFormat('yyyy-MM-dd HH:mm');
      const opened = DateTime.now();
      await userEvent.click(
        await screen.findByRole('button', { name: 'Resolve' }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Resolve: INC-7' });
      expect(
        within(dialog).getByText(/The impact has ended/),
      ).toBeInTheDocument();
      // Now, to the minute; the clock may pass a minute boundary while the dialog opens.
      expect([inputMinute(opened), inputMinute(DateTime.now())]).toContain(
        (
          within(dialog).getByLabelText(
            'When did it take effect?',
          ) as HTMLInputElement
        ).value,
      );

      api.getIncident.mockResolvedValue(resolved);
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Resolve' }),
      );
      // Untouched, the time is the backend's "now", to the second.
      expect(api.transitionIncident).toHaveBeenCalledWith(incident.id, {
        status: 'resolved',
      });
      expect(
        await screen.findByRole('button', { name: 'Close' }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('button', { name: 'Reopen' }),
      ).toBeInTheDocument();
      await waitFor(() => expect(api.getTimeline).toHaveBeenCalledTimes(2));
    });

    it('sends the time it took effect and checks it with the milestone rules', async () => {
      const api = mockIncidentsApi({
        getIncident: jest.fn().mockResolvedValue(incident),
      });
      await renderPage(api);
      await userEvent.click(
        await screen.findByRole('button', { name: 'Mark mitigated' }),
      );
      const dialog = screen.getByRole('dialog', {
        name: 'Mark mitigated: INC-7',
      });
      const when = within(dialog).getByLabelText('When did it take effect?');

      // Before the impact started (an hour ago): refused before sending.
      fireEvent.change(when, {
        target: {
          value: DateTime.now()
            .minus({ hours: 2 })
            .toFormat("yyyy-MM-dd'T'HH:mm"),
        },
      });
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Mark mitigated' }),
      );
      expect(
        within(dialog).getByText('Must not be before “Impact started”'),
      ).toBeInTheDocument();
      expect(api.transitionIncident).not.toHaveBeenCalled();

      const tenMinutesAgo = DateTime.now().minus({ minutes: 10 });
      fireEvent.change(when, {
        target: { value: tenMinutesAgo.toFormat("yyyy-MM-dd'T'HH:mm") },
      });
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Mark mitigated' }),
      );
      await waitFor(() => expect(api.transitionIncident).toHaveBeenCalled());
      const [, request] = api.transitionIncident.mock.calls[0];
      expect(request.status).toBe('mitigated');
      expect(
        Math.abs(Date.parse(request.at!) - tenMinutesAgo.toMillis()),
      ).toBeLessThan(60_000);
    });

    it('shows why the backend refused the change', async () => {
      const api = mockIncidentsApi({
        getIncident: jest.fn().mockResolvedValue(incident),
        transitionIncident: jest
          .fn()
          .mockRejectedValue(
            new ConflictError(
              'INC-7 is resolved; it can become active or closed, not mitigated',
            ),
          ),
      });
      await renderPage(api);
      await userEvent.click(
        await screen.findByRole('button', { name: 'Mark mitigated' }),
      );
      const dialog = screen.getByRole('dialog');
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Mark mitigated' }),
      );
      expect(
        await within(dialog).findByText(
          /it can become active or closed, not mitigated/,
        ),
      ).toBeInTheDocument();
    });

    it('has no action left on a closed incident', async () => {
      await renderPage(
        mockIncidentsApi({
          getIncident: jest.fn().mockResolvedValue(
            anIncident({
              status: 'closed',
              mitigatedAt: minutesAgo(40),
              resolvedAt: minutesAgo(30),
              closedAt: minutesAgo(5),
            }),
          ),
        }),
      );
      expect(
        await screen.findByText('This incident is closed.'),
      ).toBeInTheDocument();
      expect(
        screen.queryByRole('button', { name: 'Reopen' }),
      ).not.toBeInTheDocument();
    });
  });

  describe('milestones', () => {
    it('computes time to detect, time to recover and time open', async () => {
      await renderPage(
        mockIncidentsApi({
          getIncident: jest.fn().mockResolvedValue(
            anIncident({
              impactStartedAt: minutesAgo(120),
              detectedAt: minutesAgo(105),
              declaredAt: minutesAgo(100),
            }),
          ),
        }),
      );
      expect(await screen.findByTestId('indicator-ttd')).toHaveTextContent(
        '15 min',
      );
      expect(screen.getByTestId('indicator-ttr')).toHaveTextContent(
        '2 hr so far',
      );
      expect(screen.getByTestId('indicator-open')).toHaveTextContent(
        '1 hr, 40 min',
      );
    });
  });

  describe('timeline', () => {
    it('lists entries newest first, automatic ones apart and translated from their data', async () => {
      const api = mockIncidentsApi({
        getIncident: jest.fn().mockResolvedValue(incident),
        getTimeline: jest.fn().mockResolvedValue({
          items: [
            anEntry({
              kind: 'declared',
              automatic: true,
              body: 'Declared a SEV2 incident affecting component:default/cart-service',
              data: {
                mode: 'live',
                severity: 'SEV2',
                entityRefs: ['component:default/cart-service'],
              },
              occurredAt: minutesAgo(60),
            }),
            anEntry({
              kind: 'decision',
              body: 'Roll back',
              occurredAt: minutesAgo(50),
            }),
            anEntry({
              kind: 'status-changed',
              automatic: true,
              body: 'Changed the status from active to mitigated',
              data: { from: 'active', to: 'mitigated', at: minutesAgo(40) },
              occurredAt: minutesAgo(40),
            }),
            anEntry({
              kind: 'pager-escalated' as any,
              automatic: true,
              body: 'Paged the on-call: **no answer**',
              data: { pager: 'storefront' },
              occurredAt: minutesAgo(30),
            }),
          ],
        }),
      });
      await renderPage(api);
      const timeline = await screen.findByRole('list', { name: 'Timeline' });
      const items = within(timeline).getAllByRole('listitem');
      expect(items.map(i => i.getAttribute('data-kind'))).toEqual([
        'pager-escalated',
        'status-changed',
        'decision',
        'declared',
      ]);
      // An unknown kind shows its own body, as safe Markdown.
      expect(within(items[0]).getByText('no answer').tagName).toBe('STRONG');
      expect(within(items[0]).getByText('Event')).toBeInTheDocument();
      expect(
        within(items[1]).getByText(
          'Changed the status from Active to Mitigated',
        ),
      ).toBeInTheDocument();
      expect(within(items[1]).getByText('Automatic')).toBeInTheDocument();
      expect(items[1]).toHaveAttribute('data-automatic', 'true');
      expect(within(items[2]).getByText('Decision')).toBeInTheDocument();
      expect(items[2]).toHaveAttribute('data-automatic', 'false');
      expect(
        within(items[3]).getByText(
          /Declared a SEV2 - Major incident affecting/,
        ),
      ).toBeInTheDocument();
    });

    it('adds a note and reloads the timeline', async () => {
      const api = mockIncidentsApi({
        getIncident: jest.fn().mockResolvedValue(incident),
      });
      await renderPage(api);
      const body = await screen.findByRole('textbox', {
        name: /What happened/,
      });
      await userEvent.click(screen.getByRole('button', { name: 'Add' }));
      expect(screen.getByText('Write something')).toBeInTheDocument();
      expect(api.appendTimelineEntry).not.toHaveBeenCalled();

      fireEvent.change(body, { target: { value: 'Paged the payments team' } });
      await userEvent.click(screen.getByRole('button', { name: 'Add' }));
      await waitFor(() =>
        expect(api.appendTimelineEntry).toHaveBeenCalledWith(incident.id, {
          kind: 'note',
          body: 'Paged the payments team',
        }),
      );
      await waitFor(() => expect(api.getTimeline).toHaveBeenCalledTimes(2));
      expect(body).toHaveValue('');
    });

    const chooseStatusUpdate = async () => {
      await userEvent.click(
        await screen.findByRole('button', { name: /Kind of entry/ }),
      );
      await userEvent.click(
        screen.getByRole('option', { name: 'Status update' }),
      );
    };

    const writeStatusUpdate = async (parts: StatusUpdateParts) => {
      const fill = (name: RegExp, value: string) =>
        fireEvent.change(screen.getByRole('textbox', { name }), {
          target: { value },
        });
      fill(/Summary of the current state/, parts.summary);
      fill(/^Current status/, parts.currentStatus);
      fill(/^Next steps/, parts.nextSteps);
      fill(/When and where will the next update be/, parts.nextUpdate);
      await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    };

    it('writes a status update in the handbook pattern, with its checklist', async () => {
      const api = mockIncidentsApi({
        getIncident: jest.fn().mockResolvedValue(incident),
      });
      await renderPage(api);
      await chooseStatusUpdate();

      for (const question of [
        'Have we described the actual impact on customers?',
        'Did we say how many internal and external customers are affected?',
        'If the root cause is known, what is it?',
        'If there is an ETA for restoration, what is it?',
      ]) {
        expect(
          screen.getByRole('checkbox', { name: question }),
        ).toBeInTheDocument();
      }

      await userEvent.click(screen.getByRole('button', { name: 'Add' }));
      expect(api.appendTimelineEntry).not.toHaveBeenCalled();

      await writeStatusUpdate({
        summary: 'Totals are wrong for about 5% of baskets.',
        currentStatus: 'Rolled back\n- Old baskets still wrong',
        nextSteps: 'Recompute old baskets\nPostmortem',
        nextUpdate: '15:00 in #incident-cart',
      });

      await waitFor(() => expect(api.appendTimelineEntry).toHaveBeenCalled());
      const [, entry] = api.appendTimelineEntry.mock.calls[0];
      expect(entry.kind).toBe('status-update');
      expect(entry.body).toBe(
        [
          '**SEV2 – Cart totals are wrong**',
          'Totals are wrong for about 5% of baskets.',
          '**Current status**\n\n- Rolled back\n- Old baskets still wrong',
          '**Next steps**\n\n- Recompute old baskets\n- Postmortem',
          '**Next update:** 15:00 in #incident-cart',
        ].join('\n\n'),
      );
    });

    it('titles a status update "To be assessed" while the severity is', async () => {
      const api = mockIncidentsApi({
        getIncident: jest
          .fn()
          .mockResolvedValue({ ...incident, severity: null }),
      });
      await renderPage(api);
      await chooseStatusUpdate();
      await writeStatusUpdate({
        summary: 'Totals are wrong.',
        currentStatus: 'Rolled back',
        nextSteps: 'Recompute',
        nextUpdate: '15:00',
      });

      await waitFor(() => expect(api.appendTimelineEntry).toHaveBeenCalled());
      const [, entry] = api.appendTimelineEntry.mock.calls[0];
      expect(entry.body).toMatch(
        /^\*\*To be assessed – Cart totals are wrong\*\*\n/,
      );
    });
  });

  describe('workspace', () => {
    const declaring = anIncident({
      steps: declareSteps({
        'slack.channel': { status: 'succeeded', result: channelResult },
        'google.meet': { status: 'running' },
        'google.doc': { status: 'succeeded', result: docResult },
        'slack.invite': {
          status: 'failed',
          attempts: 1,
          lastError: 'Slack answered missing_scope (channels:manage)',
        },
      }),
    });

    it('links the channel and the doc in the header as soon as they exist', async () => {
      await renderPage(
        mockIncidentsApi({
          getIncident: jest.fn().mockResolvedValue(declaring),
        }),
      );
      const links = await screen.findByRole('group', {
        name: 'Response workspace',
      });
      expect(
        within(links)
          .getAllByRole('link')
          .map(link => [link.textContent, link.getAttribute('href')]),
      ).toEqual([
        [
          'Slack: #incident-2026-11-22-cart-totals-are-wrong (opens in a new tab)',
          CHANNEL_URL,
        ],
        ['Postmortem document (opens in a new tab)', DOC_URL],
      ]);
      expect(
        screen.getByRole('list', { name: 'When the incident was declared' }),
      ).toBeInTheDocument();
    });

    it('has no workspace links for an incident without steps', async () => {
      await renderPage();
      expect(
        await screen.findByText(
          'Nothing was set up in Slack or Google Workspace for this incident.',
        ),
      ).toBeInTheDocument();
      expect(
        screen.queryByRole('group', { name: 'Response workspace' }),
      ).not.toBeInTheDocument();
    });

    it('shows each step outcome live, with the Meet link once it exists', async () => {
      const signals = fakeSignalApi();
      const api = mockIncidentsApi({
        getIncident: jest.fn().mockResolvedValue(declaring),
      });
      await renderPage(api, { signals });
      const links = await screen.findByRole('group', {
        name: 'Response workspace',
      });
      expect(
        within(links).queryByRole('link', { name: /Join the Meet/ }),
      ).not.toBeInTheDocument();

      api.getIncident.mockResolvedValue({
        ...declaring,
        steps: declaring.steps.map(step =>
          step.key === 'google.meet'
            ? { ...step, status: 'succeeded' as const, result: meetResult }
            : step,
        ),
      });
      act(() =>
        signals.incidentChanged({
          incidentId: incident.id,
          number: incident.number,
          entityRefs: incident.entityRefs,
        }),
      );
      expect(
        await within(links).findByRole('link', { name: /Join the Meet/ }),
      ).toHaveAttribute('href', MEET_URL);
    });

    it('retries the failed steps, then reloads the incident and its timeline', async () => {
      const retried = {
        ...declaring,
        steps: declaring.steps.map(step =>
          step.key === 'slack.invite'
            ? { ...step, status: 'pending' as const }
            : step,
        ),
      };
      const api = mockIncidentsApi({
        getIncident: jest.fn().mockResolvedValue(declaring),
        retryFailedSteps: jest.fn().mockResolvedValue(retried),
      });
      await renderPage(api);
      await userEvent.click(
        await screen.findByRole('button', { name: 'Retry failed steps' }),
      );
      api.getIncident.mockResolvedValue(retried);
      await userEvent.click(
        within(screen.getByRole('dialog')).getByRole('button', {
          name: 'Retry',
        }),
      );
      expect(api.retryFailedSteps).toHaveBeenCalledWith(incident.id);
      await waitFor(() => expect(api.getTimeline).toHaveBeenCalledTimes(2));
      expect(
        await screen.findByText(/Trying again: Invitations to the channel/),
      ).toBeInTheDocument();
      expect(
        screen.queryByRole('button', { name: 'Retry failed steps' }),
      ).not.toBeInTheDocument();
      expect(
        document.querySelector('li[data-step="slack.invite"]'),
      ).toHaveAttribute('data-status', 'pending');
    });

    it('writes the timeline entries of step outcomes in the reader’s language', async () => {
      const api = mockIncidentsApi({
        getIncident: jest.fn().mockResolvedValue(declaring),
        getTimeline: jest.fn().mockResolvedValue({
          items: [
            anEntry({
              kind: 'workspace-step-succeeded',
              automatic: true,
              body: 'Slack channel: Created the Slack channel #incident-x',
              data: {
                step: 'slack.channel',
                kind: 'slack.channel',
                attempts: 1,
                result: channelResult,
              },
              occurredAt: minutesAgo(50),
            }),
            anEntry({
              kind: 'workspace-step-retrying',
              automatic: true,
              body: 'Google Meet: HTTP 503. Retrying automatically.',
              data: {
                step: 'google.meet',
                kind: 'google.meet',
                attempts: 1,
                error: 'Google Meet answered 503 Service Unavailable',
                nextAttemptAt: minutesAgo(39),
              },
              occurredAt: minutesAgo(40),
            }),
            anEntry({
              kind: 'workspace-step-failed',
              automatic: true,
              body: 'Channel invitations failed: missing_scope',
              data: {
                step: 'slack.invite',
                kind: 'slack.invite',
                attempts: 1,
                error: 'Slack answered missing_scope (channels:manage)',
              },
              occurredAt: minutesAgo(30),
            }),
            anEntry({
              kind: 'workspace-steps-retried',
              automatic: true,
              body: 'Retried Channel invitations, Status change message',
              data: { steps: ['slack.invite', 'slack.status-update:10'] },
              occurredAt: minutesAgo(20),
            }),
            anEntry({
              kind: 'workspace-step-succeeded',
              automatic: true,
              body: 'Paged **someone**',
              data: { step: 'pager.page', kind: 'pager.page' },
              occurredAt: minutesAgo(10),
            }),
          ],
        }),
      });
      await renderPage(api);
      const timeline = await screen.findByRole('list', { name: 'Timeline' });
      const items = within(timeline).getAllByRole('listitem');
      // Newest first.
      expect(items[0]).toHaveTextContent('Workspace step done');
      expect(within(items[0]).getByText('someone').tagName).toBe('STRONG');
      expect(items[1]).toHaveTextContent('Workspace steps retried');
      expect(items[1]).toHaveTextContent(
        'Retried: Invitations to the channel and Status change message',
      );
      expect(items[2]).toHaveTextContent('Workspace step failed');
      expect(items[2]).toHaveTextContent(
        'Invitations to the channel failed: Slack answered missing_scope (channels:manage). Use “Retry failed steps” once it is fixed.',
      );
      expect(items[3]).toHaveTextContent('Workspace step retrying');
      expect(items[3]).toHaveTextContent(
        'Google Meet: Google Meet answered 503 Service Unavailable. Retrying automatically.',
      );
      expect(items[4]).toHaveTextContent('Slack channel: done');
      expect(
        within(items[4]).getByRole('link', {
          name: /Open #incident-2026-11-22-cart-totals-are-wrong in Slack/,
        }),
      ).toHaveAttribute('href', CHANNEL_URL);
    });
  });

  it('shows changes made by others when the incident changes', async () => {
    const signals = fakeSignalApi();
    const api = mockIncidentsApi({
      getIncident: jest.fn().mockResolvedValue(incident),
    });
    await renderPage(api, { signals });
    await screen.findByRole('heading', { name: 'Cart totals are wrong' });

    api.getIncident.mockResolvedValue(
      anIncident({
        title: 'Cart totals are wrong for everyone',
        severity: 'SEV1',
      }),
    );
    act(() =>
      signals.incidentChanged({
        incidentId: incident.id,
        number: incident.number,
        entityRefs: incident.entityRefs,
      }),
    );
    expect(
      await screen.findByRole('heading', {
        name: 'Cart totals are wrong for everyone',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('SEV1')).toBeInTheDocument();
  });

  it('says when the incident does not exist, with the way back', async () => {
    const api = mockIncidentsApi({
      getIncident: jest.fn().mockRejectedValue(
        await aFailedResponse(404, {
          name: 'NotFoundError',
          message: 'No incident INC-7',
        }),
      ),
    });
    await renderPage(api);
    expect(
      await screen.findByRole('heading', { name: 'No incident INC-7' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Back to the incidents' }),
    ).toHaveAttribute('href', '/incidents');
  });

  it('says why the incident could not be loaded, and tries again', async () => {
    const api = mockIncidentsApi({
      getIncident: jest
        .fn()
        .mockRejectedValueOnce(new TypeError('Failed to fetch'))
        .mockResolvedValue(incident),
    });
    await renderPage(api);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load this incident');
    expect(alert).toHaveTextContent(
      'Could not reach Backstage. Check your connection, then try again.',
    );
    await userEvent.click(
      within(alert).getByRole('button', { name: 'Try again' }),
    );
    expect(
      await screen.findByRole('heading', { name: incident.title }),
    ).toBeInTheDocument();
  });

  describe('tabs', () => {
    /** The incident page at both of its addresses, opened at `path`. */
    function renderTabs(path: string) {
      return renderWithApis(
        <Routes>
          <Route path="/incidents/:id" element={<IncidentPage />} />
          <Route
            path="/incidents/:id/postmortem"
            element={<IncidentPage tab="postmortem" />}
          />
        </Routes>,
        {
          api: mockIncidentsApi({
            getIncident: jest.fn().mockResolvedValue(incident),
          }),
          routeEntries: [path],
        },
      );
    }

    it('opens on the Overview tab and goes to the Postmortem tab, each at its own address', async () => {
      const { postmortemsApi } = await renderTabs('/incidents/INC-7');
      const tabs = await screen.findByRole('tablist', {
        name: 'Parts of INC-7',
      });
      const overview = within(tabs).getByRole('tab', { name: 'Overview' });
      const postmortem = within(tabs).getByRole('tab', { name: 'Postmortem' });
      expect(overview).toHaveAttribute('aria-selected', 'true');
      expect(overview).toHaveAttribute('href', '/incidents/INC-7');
      expect(postmortem).toHaveAttribute('href', '/incidents/INC-7/postmortem');
      expect(screen.getByRole('group', { name: 'Status' })).toBeInTheDocument();
      expect(postmortemsApi.getPostmortem).not.toHaveBeenCalled();

      await userEvent.click(postmortem);
      expect(
        await screen.findByText('This is a blameless postmortem'),
      ).toBeInTheDocument();
      expect(
        within(tabs).getByRole('tab', { name: 'Postmortem' }),
      ).toHaveAttribute('aria-selected', 'true');
      expect(screen.queryByRole('group', { name: 'Status' })).toBeNull();
      expect(postmortemsApi.getPostmortem).toHaveBeenCalledWith(incident.id);
    });

    it('keeps the incident’s header on the Postmortem tab', async () => {
      await renderTabs('/incidents/INC-7/postmortem');
      expect(
        await screen.findByRole('heading', { name: 'Cart totals are wrong' }),
      ).toBeInTheDocument();
      expect(
        await screen.findByRole('textbox', { name: 'Summary' }),
      ).toBeInTheDocument();
    });
  });

  it('says that closing waits for the approved postmortem, and shows the backend’s refusal', async () => {
    const resolved = anIncident({
      status: 'resolved',
      mitigatedAt: minutesAgo(40),
      resolvedAt: minutesAgo(30),
    });
    const api = mockIncidentsApi({
      getIncident: jest.fn().mockResolvedValue(resolved),
      transitionIncident: jest
        .fn()
        .mockRejectedValue(
          new ConflictError(
            'INC-7 cannot be closed before its postmortem is approved (SEV2 requires one); the postmortem is in review',
          ),
        ),
    });
    await renderPage(api);
    await userEvent.click(await screen.findByRole('button', { name: 'Close' }));
    const dialog = screen.getByRole('dialog', { name: 'Close: INC-7' });
    expect(
      await within(dialog).findByText(
        'A postmortem is required for SEV2 - Major: the incident can be closed once its postmortem is approved.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Close' }),
    );
    expect(
      await within(dialog).findByText(
        /cannot be closed before its postmortem is approved/,
      ),
    ).toBeInTheDocument();
  });
});
