import { ConflictError } from '@backstage/errors';
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
} from '../../__testUtils__/fixtures';
import { fakeSignalApi, renderWithApis } from '../../__testUtils__/render';
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
      await userEvent.click(
        await screen.findByRole('button', { name: 'Resolve' }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Resolve: INC-7' });
      expect(
        within(dialog).getByText(/The impact has ended/),
      ).toBeInTheDocument();
      expect(
        within(dialog).getByLabelText('When did it take effect?'),
      ).toHaveValue(DateTime.now().toFormat("yyyy-MM-dd'T'HH:mm"));

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
              kind: 'workspace-step-failed' as any,
              automatic: true,
              body: 'Slack channel could not be created: **rate limited**',
              data: { step: 'slack-channel' },
              occurredAt: minutesAgo(30),
            }),
          ],
        }),
      });
      await renderPage(api);
      const timeline = await screen.findByRole('list', { name: 'Timeline' });
      const items = within(timeline).getAllByRole('listitem');
      expect(items.map(i => i.getAttribute('data-kind'))).toEqual([
        'workspace-step-failed',
        'status-changed',
        'decision',
        'declared',
      ]);
      // An unknown kind shows its own body, as safe Markdown.
      expect(within(items[0]).getByText('rate limited').tagName).toBe('STRONG');
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

    it('writes a status update in the handbook pattern, with its checklist', async () => {
      const api = mockIncidentsApi({
        getIncident: jest.fn().mockResolvedValue(incident),
      });
      await renderPage(api);
      await userEvent.click(
        await screen.findByRole('button', { name: /Kind of entry/ }),
      );
      await userEvent.click(
        screen.getByRole('option', { name: 'Status update' }),
      );

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

      const fill = (name: RegExp, value: string) =>
        fireEvent.change(screen.getByRole('textbox', { name }), {
          target: { value },
        });
      fill(
        /Summary of the current state/,
        'Totals are wrong for about 5% of baskets.',
      );
      fill(/^Current status/, 'Rolled back\n- Old baskets still wrong');
      fill(/^Next steps/, 'Recompute old baskets\nPostmortem');
      fill(/When and where will the next update be/, '15:00 in #incident-cart');
      await userEvent.click(screen.getByRole('button', { name: 'Add' }));

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
      signals.emit('incidents', {
        type: 'incident-changed',
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

  it('says when the incident does not exist', async () => {
    const api = mockIncidentsApi({
      getIncident: jest.fn().mockRejectedValue(new Error('No incident INC-7')),
    });
    await renderPage(api);
    expect(
      await screen.findByText(/Could not load this incident/),
    ).toBeInTheDocument();
  });
});
