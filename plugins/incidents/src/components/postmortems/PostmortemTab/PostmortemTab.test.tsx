import { ConflictError } from '@backstage/errors';
import { Postmortem } from '@incident-response/backstage-plugin-incidents-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  anActionItem,
  anEntry,
  anIncident,
  aPostmortem,
  mockPostmortemsApi,
  testConfig,
} from '../../../__testUtils__/fixtures';
import { fakeSignalApi, renderWithApis } from '../../../__testUtils__/render';
import { aFailedResponse } from '../../../__testUtils__/responseErrors';
import { PostmortemTab } from './PostmortemTab';

jest.setTimeout(30_000);

/** Autosave waits for typing to pause; the tests wait a little longer. */
const AUTOSAVE = { timeout: 5000 };

const minutesAgo = (minutes: number) =>
  new Date(Date.now() - minutes * 60_000).toISOString();

const incident = anIncident({
  impactStartedAt: minutesAgo(120),
  detectedAt: minutesAgo(100),
  declaredAt: minutesAgo(95),
  resolvedAt: minutesAgo(30),
  status: 'resolved',
  roles: [
    {
      role: 'incident-commander',
      userRef: 'user:default/amelie.tremblay',
      assignedAt: minutesAgo(95),
      assignedByRef: 'user:default/guest',
      note: null,
    },
    {
      role: 'scribe',
      userRef: 'user:default/guest',
      assignedAt: minutesAgo(90),
      assignedByRef: 'user:default/guest',
      note: null,
    },
  ],
});
const note = anEntry({
  id: 'entry-note',
  body: 'Rolled back the **price cache**',
  occurredAt: minutesAgo(40),
});

/** The note as the postmortem's timeline has it. */
const noteInPostmortem = {
  entryId: note.id,
  kind: 'note' as const,
  occurredAt: note.occurredAt,
  body: note.body,
  automatic: false,
  important: false,
};

/** A postmortem saved once, by someone, at `updatedAt`. */
const saved = (overrides: Partial<Postmortem> = {}) =>
  aPostmortem({ updatedAt: '2026-12-01T10:00:00.000Z', ...overrides });

/** A postmortem ready for review: the required sections and an action item. */
const ready = (overrides: Partial<Postmortem> = {}) =>
  saved({
    sections: {
      ...aPostmortem().sections,
      impact: 'EU baskets, about 1,200 users',
      rootCause: 'The price cache was not invalidated',
      resolution: 'Rolled back',
      evidence: '- [Graph](https://grafana.example.com/d/1)',
    },
    actionItems: [anActionItem()],
    ...overrides,
  });

/**
 * A postmortem someone else saved with `changes` while the user typed: the user's first
 * save is stale (409) and the tab loads theirs; later saves go over theirs.
 */
function savedMeanwhile(changes: Partial<Postmortem['sections']>) {
  const theirs = saved({
    updatedAt: '2026-12-01T10:03:00.000Z',
    sections: { ...saved().sections, ...changes },
  });
  return mockPostmortemsApi({
    getPostmortem: jest
      .fn()
      .mockResolvedValueOnce(saved())
      .mockResolvedValue(theirs),
    updatePostmortem: jest
      .fn()
      .mockRejectedValueOnce(new ConflictError('saved since'))
      .mockImplementation(async (_id, request) =>
        saved({
          updatedAt: '2026-12-01T10:06:00.000Z',
          sections: { ...theirs.sections, ...request.sections },
        }),
      ),
  });
}

/** Types in a section, then waits for the alert its save raises. */
async function typeUntilAlert(name: string, value: string) {
  fireEvent.change(await screen.findByRole('textbox', { name }), {
    target: { value },
  });
  return screen.findByRole('alert', {}, { timeout: AUTOSAVE.timeout });
}

function renderTab(
  postmortemsApi = mockPostmortemsApi(),
  options: Parameters<typeof renderWithApis>[1] = {},
) {
  return renderWithApis(
    <PostmortemTab incident={incident} timeline={[note]} config={testConfig} />,
    { postmortemsApi, ...options },
  );
}

const section = (name: string) =>
  screen.getByRole('textbox', { name }) as HTMLTextAreaElement;

describe('PostmortemTab', () => {
  it('opens prefilled from the incident, blameless, with the roles by role and not by name', async () => {
    const { postmortemsApi } = await renderTab(
      mockPostmortemsApi({
        getPostmortem: jest
          .fn()
          .mockResolvedValue(aPostmortem({ timeline: [noteInPostmortem] })),
      }),
    );
    expect(
      await screen.findByText('This is a blameless postmortem'),
    ).toBeInTheDocument();
    expect(postmortemsApi.getPostmortem).toHaveBeenCalledWith(incident.id);
    expect(
      screen.getByText(
        'A postmortem is required for SEV2 - Major incidents. The incident can be closed once it is approved.',
      ),
    ).toBeInTheDocument();
    expect(section('Summary').value).toBe(
      'Basket totals ignored discounts for 40 minutes.',
    );
    expect(
      screen.getByText('Prefilled from the incident; saved once you edit it'),
    ).toBeInTheDocument();

    const facts = screen
      .getByText('Roles in the response')
      .closest('dl') as HTMLElement;
    expect(within(facts).getByText('SEV2')).toBeInTheDocument();
    expect(
      within(facts).getByRole('link', { name: /cart-service/ }),
    ).toBeInTheDocument();
    expect(
      within(facts).getByText('Incident commander and Scribe'),
    ).toBeInTheDocument();
    // Blameless: the role holders are not named.
    expect(within(facts).queryByText(/amelie|Amélie|guest/i)).toBeNull();
    expect(screen.getByTestId('indicator-ttd')).toHaveTextContent('20 min');
    expect(screen.getByTestId('indicator-ttr')).toHaveTextContent(
      '1 hr, 30 min',
    );

    const timeline = screen.getByRole('list', { name: 'Timeline' });
    expect(within(timeline).getByText('price cache').tagName).toBe('STRONG');
  });

  it('says an optional postmortem is not started and starts one', async () => {
    const started = saved({ required: false });
    const postmortemsApi = mockPostmortemsApi({
      getPostmortem: jest
        .fn()
        .mockResolvedValueOnce(aPostmortem({ required: false }))
        .mockResolvedValue(started),
      updatePostmortem: jest.fn().mockResolvedValue(started),
    });
    await renderTab(postmortemsApi);
    expect(
      await screen.findByText(
        'No postmortem has been started for this incident.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Summary' })).toBeNull();
    await userEvent.click(
      screen.getByRole('button', { name: 'Start a postmortem' }),
    );
    expect(postmortemsApi.updatePostmortem).toHaveBeenCalledWith(incident.id, {
      updatedAt: null,
    });
    expect(
      await screen.findByRole('textbox', { name: 'Summary' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/A postmortem is optional for SEV2 - Major incidents/),
    ).toBeInTheDocument();
  });

  describe('autosave', () => {
    it('saves a section once typing pauses, from the version it started from', async () => {
      const postmortemsApi = mockPostmortemsApi({
        getPostmortem: jest.fn().mockResolvedValue(saved()),
        updatePostmortem: jest.fn().mockImplementation(async (_id, request) =>
          saved({
            updatedAt: '2026-12-01T10:05:00.000Z',
            sections: { ...saved().sections, ...request.sections },
          }),
        ),
      });
      await renderTab(postmortemsApi);
      fireEvent.change(await screen.findByRole('textbox', { name: 'Impact' }), {
        target: { value: 'EU baskets' },
      });
      fireEvent.change(section('Impact'), {
        target: { value: 'EU baskets, about 1,200 users' },
      });
      expect(screen.getByRole('status')).toHaveTextContent(
        'Changes not saved yet…',
      );
      await waitFor(
        () => expect(postmortemsApi.updatePostmortem).toHaveBeenCalled(),
        AUTOSAVE,
      );
      expect(postmortemsApi.updatePostmortem).toHaveBeenCalledTimes(1);
      expect(postmortemsApi.updatePostmortem).toHaveBeenCalledWith(
        incident.id,
        {
          updatedAt: '2026-12-01T10:00:00.000Z',
          sections: { impact: 'EU baskets, about 1,200 users' },
        },
      );
      expect(await screen.findByText('All changes saved')).toBeInTheDocument();
      expect(section('Impact').value).toBe('EU baskets, about 1,200 users');
    });

    it('previews a section as Markdown', async () => {
      await renderTab();
      const summary = await screen.findByRole('region', { name: 'Summary' });
      fireEvent.change(section('Summary'), {
        target: { value: 'Totals ignored **discounts**' },
      });
      await userEvent.click(
        within(summary).getByRole('button', { name: 'Preview' }),
      );
      expect(within(summary).getByText('discounts').tagName).toBe('STRONG');
      expect(
        within(summary).getByRole('button', { name: 'Preview' }),
      ).toHaveAttribute('aria-pressed', 'true');
      await userEvent.click(
        within(summary).getByRole('button', { name: 'Write' }),
      );
      expect(section('Summary').value).toBe('Totals ignored **discounts**');
    });

    it('takes in what someone else saved in another section, and saves over it', async () => {
      const postmortemsApi = savedMeanwhile({ rootCause: 'Stale price cache' });
      await renderTab(postmortemsApi);
      fireEvent.change(await screen.findByRole('textbox', { name: 'Impact' }), {
        target: { value: 'EU baskets' },
      });
      await waitFor(
        () => expect(postmortemsApi.updatePostmortem).toHaveBeenCalledTimes(2),
        AUTOSAVE,
      );
      expect(postmortemsApi.updatePostmortem).toHaveBeenLastCalledWith(
        incident.id,
        {
          updatedAt: '2026-12-01T10:03:00.000Z',
          sections: { impact: 'EU baskets' },
        },
      );
      expect(await screen.findByText('All changes saved')).toBeInTheDocument();
      expect(section('Root cause and contributing factors').value).toBe(
        'Stale price cache',
      );
      expect(
        screen.queryByText('Someone else changed this postmortem'),
      ).toBeNull();
    });

    it('never overwrites a section someone else changed: the user’s text stays, theirs is shown, the user chooses', async () => {
      const postmortemsApi = savedMeanwhile({ summary: 'Their **summary**' });
      await renderTab(postmortemsApi);
      const alert = await typeUntilAlert('Summary', 'My summary');
      expect(alert).toHaveTextContent('Someone else changed this postmortem');
      expect(alert).toHaveTextContent(
        'Someone else saved changes to summary while you were editing.',
      );
      expect(section('Summary').value).toBe('My summary');
      const summary = screen.getByRole('region', { name: 'Summary' });
      expect(
        within(summary).getByText('The version someone else saved'),
      ).toBeInTheDocument();
      expect(within(summary).getByText('summary').tagName).toBe('STRONG');
      // Nothing is saved until the user chooses.
      expect(postmortemsApi.updatePostmortem).toHaveBeenCalledTimes(1);

      await userEvent.click(
        within(alert).getByRole('button', { name: 'Save my version' }),
      );
      await waitFor(() =>
        expect(postmortemsApi.updatePostmortem).toHaveBeenLastCalledWith(
          incident.id,
          {
            updatedAt: '2026-12-01T10:03:00.000Z',
            sections: { summary: 'My summary' },
          },
        ),
      );
      expect(await screen.findByText('All changes saved')).toBeInTheDocument();
      expect(section('Summary').value).toBe('My summary');
    });

    it('takes the other version when the user chooses it', async () => {
      const postmortemsApi = savedMeanwhile({ summary: 'Their summary' });
      await renderTab(postmortemsApi);
      const alert = await typeUntilAlert('Summary', 'My summary');
      await userEvent.click(
        within(alert).getByRole('button', { name: 'Use their version' }),
      );
      expect(section('Summary').value).toBe('Their summary');
      expect(screen.getByText('All changes saved')).toBeInTheDocument();
      expect(postmortemsApi.updatePostmortem).toHaveBeenCalledTimes(1);
    });

    it('shows a failed save and tries again', async () => {
      const postmortemsApi = mockPostmortemsApi({
        getPostmortem: jest.fn().mockResolvedValue(saved()),
        updatePostmortem: jest
          .fn()
          .mockRejectedValueOnce(
            await aFailedResponse(502, {
              name: 'Error',
              message: 'Bad gateway',
            }),
          )
          .mockResolvedValue(
            saved({
              updatedAt: '2026-12-01T10:05:00.000Z',
              sections: { ...saved().sections, impact: 'EU baskets' },
            }),
          ),
      });
      await renderTab(postmortemsApi);
      const alert = await typeUntilAlert('Impact', 'EU baskets');
      expect(alert).toHaveTextContent(
        'Could not save your changes: Something went wrong on the server; try again in a moment.',
      );
      expect(alert).not.toHaveTextContent('Bad gateway');
      await userEvent.click(
        within(alert).getByRole('button', { name: 'Try again' }),
      );
      expect(await screen.findByText('All changes saved')).toBeInTheDocument();
      expect(postmortemsApi.updatePostmortem).toHaveBeenCalledTimes(2);
    });

    it('marks a timeline entry important at once', async () => {
      const postmortemsApi = mockPostmortemsApi({
        getPostmortem: jest.fn().mockResolvedValue(
          saved({
            timeline: [noteInPostmortem],
          }),
        ),
      });
      await renderTab(postmortemsApi);
      const star = await screen.findByRole('checkbox', {
        name: /^Important: .*, Note$/,
      });
      await userEvent.click(star);
      expect(star).toBeChecked();
      expect(postmortemsApi.updatePostmortem).toHaveBeenCalledWith(
        incident.id,
        {
          updatedAt: '2026-12-01T10:00:00.000Z',
          important: { [note.id]: true },
        },
      );
    });

    it('reloads when the incident changes (signals)', async () => {
      const signals = fakeSignalApi();
      const postmortemsApi = mockPostmortemsApi({
        getPostmortem: jest
          .fn()
          .mockResolvedValueOnce(saved())
          .mockResolvedValue(
            saved({
              updatedAt: '2026-12-01T10:09:00.000Z',
              sections: { ...saved().sections, trigger: 'A deploy' },
            }),
          ),
      });
      await renderTab(postmortemsApi, { signals });
      await screen.findByRole('textbox', { name: 'Trigger' });
      signals.incidentChanged({
        incidentId: incident.id,
        entityRefs: incident.entityRefs,
      });
      await waitFor(() => expect(section('Trigger').value).toBe('A deploy'));
    });
  });

  describe('review', () => {
    it('says what review needs before submitting is possible', async () => {
      await renderTab(
        mockPostmortemsApi({
          getPostmortem: jest.fn().mockResolvedValue(saved()),
        }),
      );
      const submit = await screen.findByRole('button', {
        name: 'Submit for review',
      });
      expect(submit).toBeDisabled();
      expect(submit).toHaveAccessibleDescription(
        'Before it can be reviewed: write the impact, root cause and contributing factors, resolution, and evidence; add at least one action item.',
      );
    });

    it('saves what was typed, then submits for review', async () => {
      const postmortemsApi = mockPostmortemsApi({
        getPostmortem: jest.fn().mockResolvedValue(ready()),
        updatePostmortem: jest.fn().mockImplementation(async (_id, request) =>
          ready({
            updatedAt: '2026-12-01T10:05:00.000Z',
            sections: { ...ready().sections, ...request.sections },
          }),
        ),
        transitionPostmortem: jest
          .fn()
          .mockResolvedValue(ready({ status: 'in-review' })),
      });
      await renderTab(postmortemsApi);
      fireEvent.change(
        await screen.findByRole('textbox', { name: 'Trigger' }),
        {
          target: { value: 'A deploy' },
        },
      );
      await userEvent.click(
        screen.getByRole('button', { name: 'Submit for review' }),
      );
      await waitFor(() =>
        expect(postmortemsApi.transitionPostmortem).toHaveBeenCalledWith(
          incident.id,
          { status: 'in-review' },
        ),
      );
      expect(postmortemsApi.updatePostmortem).toHaveBeenCalledWith(
        incident.id,
        {
          updatedAt: '2026-12-01T10:00:00.000Z',
          sections: { trigger: 'A deploy' },
        },
      );
      expect(
        postmortemsApi.updatePostmortem.mock.invocationCallOrder[0],
      ).toBeLessThan(
        postmortemsApi.transitionPostmortem.mock.invocationCallOrder[0],
      );
      expect(await screen.findByText('In review')).toBeInTheDocument();
      expect(screen.queryByRole('textbox', { name: 'Trigger' })).toBeNull();
      expect(
        screen.getByRole('button', { name: 'Approve' }),
      ).toBeInTheDocument();
    });

    it('approves a postmortem in review', async () => {
      const postmortemsApi = mockPostmortemsApi({
        getPostmortem: jest
          .fn()
          .mockResolvedValue(ready({ status: 'in-review' })),
        transitionPostmortem: jest.fn().mockResolvedValue(
          ready({
            status: 'approved',
            approvedAt: '2026-12-01T11:00:00.000Z',
            approvedBy: 'user:default/amelie.tremblay',
          }),
        ),
      });
      await renderTab(postmortemsApi);
      await userEvent.click(
        await screen.findByRole('button', { name: 'Approve' }),
      );
      expect(postmortemsApi.transitionPostmortem).toHaveBeenCalledWith(
        incident.id,
        { status: 'approved' },
      );
      expect(
        await screen.findByRole('button', { name: 'Reopen' }),
      ).toBeInTheDocument();
      expect(screen.getByText(/^Approved .* by$/)).toBeInTheDocument();
    });

    it('sends back to draft only with a comment', async () => {
      const postmortemsApi = mockPostmortemsApi({
        getPostmortem: jest
          .fn()
          .mockResolvedValue(ready({ status: 'in-review' })),
        transitionPostmortem: jest
          .fn()
          .mockResolvedValue(
            ready({ reviewComment: 'Name the contributing factors' }),
          ),
      });
      await renderTab(postmortemsApi);
      await userEvent.click(
        await screen.findByRole('button', { name: 'Send back to draft' }),
      );
      const dialog = screen.getByRole('dialog', {
        name: 'Send the postmortem of INC-7 back to draft',
      });
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Send back to draft' }),
      );
      expect(within(dialog).getByText('Say why')).toBeInTheDocument();
      expect(postmortemsApi.transitionPostmortem).not.toHaveBeenCalled();
      fireEvent.change(within(dialog).getByRole('textbox', { name: /Why\?/ }), {
        target: { value: 'Name the contributing factors' },
      });
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Send back to draft' }),
      );
      expect(postmortemsApi.transitionPostmortem).toHaveBeenCalledWith(
        incident.id,
        { status: 'draft', comment: 'Name the contributing factors' },
      );
      expect(
        await screen.findByText(
          'Sent back to draft: Name the contributing factors',
        ),
      ).toBeInTheDocument();
    });

    it('reopens an approved postmortem with a comment', async () => {
      const postmortemsApi = mockPostmortemsApi({
        getPostmortem: jest
          .fn()
          .mockResolvedValue(ready({ status: 'approved' })),
        transitionPostmortem: jest.fn().mockResolvedValue(ready()),
      });
      await renderTab(postmortemsApi);
      await userEvent.click(
        await screen.findByRole('button', { name: 'Reopen' }),
      );
      const dialog = screen.getByRole('dialog', {
        name: 'Reopen the approved postmortem of INC-7',
      });
      fireEvent.change(within(dialog).getByRole('textbox', { name: /Why\?/ }), {
        target: { value: 'A new contributing factor' },
      });
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Reopen' }),
      );
      expect(postmortemsApi.transitionPostmortem).toHaveBeenCalledWith(
        incident.id,
        { status: 'draft', comment: 'A new contributing factor' },
      );
    });
  });

  describe('export', () => {
    it('downloads the postmortem as a Markdown file', async () => {
      const blobs: Blob[] = [];
      const createObjectURL = jest.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:postmortem';
      });
      Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
      const fileNames: string[] = [];
      const click = jest
        .spyOn(HTMLAnchorElement.prototype, 'click')
        .mockImplementation(function download(this: HTMLAnchorElement) {
          fileNames.push(this.download);
        });
      await renderTab(
        mockPostmortemsApi({
          getPostmortem: jest.fn().mockResolvedValue(ready()),
        }),
      );
      await userEvent.click(
        await screen.findByRole('button', { name: 'Export as Markdown' }),
      );
      expect(click).toHaveBeenCalled();
      expect(fileNames).toEqual(['postmortem-INC-7.md']);
      const markdown = await new Response(blobs[0]).text();
      expect(markdown).toMatch(
        /^# Postmortem of INC-7: Cart totals are wrong\n/,
      );
      expect(markdown).toContain('> **This is a blameless postmortem**');
      expect(markdown).toContain(
        '- **Roles in the response:** Incident commander and Scribe',
      );
      expect(markdown).toContain(
        '## Root cause and contributing factors\n\nThe price cache was not invalidated\n',
      );
      expect(markdown).toContain('## Trigger\n\n_Not written._\n');
      expect(markdown).toContain(
        '| Invalidate the price cache when a promotion starts | storefront-team |',
      );
      expect(markdown).not.toMatch(/amelie|guest/i);
      click.mockRestore();
    });

    it('shows a printable view and prints it', async () => {
      const print = jest.spyOn(window, 'print').mockImplementation(() => {});
      await renderTab(
        mockPostmortemsApi({
          getPostmortem: jest.fn().mockResolvedValue(ready()),
        }),
      );
      await userEvent.click(
        await screen.findByRole('button', { name: 'Printable view' }),
      );
      const document = screen.getByRole('article', {
        name: 'Postmortem of INC-7: Cart totals are wrong',
      });
      expect(
        within(document).getByRole('heading', { name: 'Evidence' }),
      ).toBeInTheDocument();
      expect(
        within(document).getByRole('link', { name: /^Graph/ }),
      ).toHaveAttribute('href', 'https://grafana.example.com/d/1');
      await userEvent.click(screen.getByRole('button', { name: 'Print' }));
      expect(print).toHaveBeenCalled();
      await userEvent.click(
        screen.getByRole('button', { name: 'Back to editing' }),
      );
      expect(
        screen.getByRole('textbox', { name: 'Summary' }),
      ).toBeInTheDocument();
      print.mockRestore();
    });
  });
});
