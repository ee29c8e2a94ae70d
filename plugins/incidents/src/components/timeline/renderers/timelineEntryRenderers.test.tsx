import SettingsIcon from '@material-ui/icons/Settings';
import {
  AUTOMATIC_TIMELINE_ENTRY_KINDS,
  TIMELINE_ENTRY_KINDS,
  TimelineEntry,
  USER_TIMELINE_ENTRY_KINDS,
} from '@incident-response/backstage-plugin-incidents-common';
import { screen, within } from '@testing-library/react';
import { anEntry, testConfig } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { Timeline } from '../Timeline';
import {
  TIMELINE_ENTRY_RENDERERS,
  timelineEntryRenderer,
  UNKNOWN_KIND_RENDERER,
} from '.';

/** The timeline of one entry; its list item. */
async function renderEntry(entry: TimelineEntry) {
  await renderWithApis(
    <Timeline severities={testConfig.severities} entries={[entry]} />,
  );
  return within(screen.getByRole('list', { name: 'Timeline' })).getByRole(
    'listitem',
  );
}

describe('the timeline entry renderers', () => {
  it('have one renderer for every kind common knows, and no other', () => {
    expect(Object.keys(TIMELINE_ENTRY_RENDERERS).sort()).toEqual(
      [...TIMELINE_ENTRY_KINDS].sort(),
    );
    for (const kind of TIMELINE_ENTRY_KINDS) {
      expect(timelineEntryRenderer(kind)).toBe(TIMELINE_ENTRY_RENDERERS[kind]);
      expect(timelineEntryRenderer(kind).icon).not.toBe(SettingsIcon);
    }
  });

  it('write automatic entries from their data and leave people’s entries to their body', () => {
    for (const kind of AUTOMATIC_TIMELINE_ENTRY_KINDS) {
      expect(TIMELINE_ENTRY_RENDERERS[kind].Text).toBeDefined();
    }
    for (const kind of USER_TIMELINE_ENTRY_KINDS) {
      expect(TIMELINE_ENTRY_RENDERERS[kind].Text).toBeUndefined();
    }
  });

  it('show a kind from a newer backend with a generic icon and its stored body', async () => {
    expect(timelineEntryRenderer('pager-escalated')).toBe(
      UNKNOWN_KIND_RENDERER,
    );
    expect(UNKNOWN_KIND_RENDERER.Text).toBeUndefined();

    const item = await renderEntry(
      anEntry({
        kind: 'pager-escalated' as any,
        automatic: true,
        body: 'Paged the on-call: **no answer**',
      }),
    );
    expect(within(item).getByText('Event')).toBeInTheDocument();
    expect(within(item).getByText('no answer').tagName).toBe('STRONG');
  });

  it.each([
    [
      'known-error-linked',
      'Linked the known error KE-3: Basket cache serves stale prices',
    ],
    [
      'known-error-unlinked',
      'Unlinked the known error KE-3: Basket cache serves stale prices',
    ],
  ] as const)(
    'write %s with a link to the known error’s page',
    async (kind, text) => {
      const item = await renderEntry(
        anEntry({
          kind,
          automatic: true,
          body: 'stored body',
          data: {
            knownErrorId: '0b7d1c1e-8a4e-4c39-a0a4-6f2d7e1a9c03',
            number: 'KE-3',
            title: 'Basket cache serves stale prices',
          },
        }),
      );
      expect(item).toHaveTextContent(text);
      expect(
        within(item).getByRole('link', {
          name: 'KE-3: Basket cache serves stale prices',
        }),
      ).toHaveAttribute('href', '/known-errors/KE-3');
    },
  );

  it.each([
    [{ from: 'draft', to: 'in-review' }, 'Submitted the postmortem for review'],
    [{ from: 'in-review', to: 'approved' }, 'Approved the postmortem'],
    [
      { from: 'in-review', to: 'draft', comment: 'Say what the cache held' },
      'Sent the postmortem back to draftComment: Say what the cache held',
    ],
    [
      { from: 'approved', to: 'draft', comment: 'A new contributing factor' },
      'Reopened the postmortemComment: A new contributing factor',
    ],
  ])(
    'write a postmortem status change %j with a link to the Postmortem tab',
    async (data, text) => {
      const item = await renderEntry(
        anEntry({
          kind: 'postmortem-status-changed',
          automatic: true,
          body: 'stored body',
          data: { comment: null, ...data },
        }),
      );
      expect(item).toHaveTextContent(text);
      expect(
        within(item).getByRole('link', { name: 'the postmortem' }),
      ).toHaveAttribute(
        'href',
        '/incidents/6f0c2a52-0f3c-4a57-9d7e-1f3f1d4ab001/postmortem',
      );
    },
  );

  it('write action items added and moved, linking to the Postmortem tab', async () => {
    const added = await renderEntry(
      anEntry({
        kind: 'action-item-added',
        automatic: true,
        body: 'stored body',
        data: {
          actionItemId: 'item-1',
          title: 'Invalidate the price cache on promotions',
          ownerRef: 'group:default/storefront-team',
        },
      }),
    );
    expect(added).toHaveTextContent(
      'Added the action item Invalidate the price cache on promotions for storefront-team',
    );
    expect(
      within(added).getByRole('link', {
        name: 'Invalidate the price cache on promotions',
      }),
    ).toHaveAttribute(
      'href',
      '/incidents/6f0c2a52-0f3c-4a57-9d7e-1f3f1d4ab001/postmortem',
    );
  });

  it('say an incident was declared with its severity to be assessed', async () => {
    const declared = await renderEntry(
      anEntry({
        kind: 'declared',
        automatic: true,
        body: 'stored body',
        data: {
          mode: 'live',
          severity: null,
          entityRefs: ['component:default/cart-service'],
        },
      }),
    );
    expect(declared).toHaveTextContent(
      'Declared an incident affecting cart-service, severity to be assessed',
    );
  });

  it('write a severity set after declaring as a change from “to be assessed”', async () => {
    const set = await renderEntry(
      anEntry({
        kind: 'severity-changed',
        automatic: true,
        body: 'stored body',
        data: { from: null, to: 'SEV2' },
      }),
    );
    expect(set).toHaveTextContent(
      'Changed the severity from to be assessed to SEV2 - Major',
    );
  });

  it('write an action item’s status change in plain words', async () => {
    const item = await renderEntry(
      anEntry({
        kind: 'action-item-status-changed',
        automatic: true,
        body: 'stored body',
        data: {
          actionItemId: 'item-1',
          title: 'Alert on stale prices',
          from: 'in-progress',
          to: 'wont-do',
        },
      }),
    );
    expect(item).toHaveTextContent(
      'Moved the action item Alert on stale prices from In progress to Won’t do',
    );
    expect(
      within(item).getByText('Action item status changed'),
    ).toBeInTheDocument();
  });

  it('show the stored body of a known kind whose data this version does not know', async () => {
    const item = await renderEntry(
      anEntry({
        kind: 'role-assigned',
        automatic: true,
        body: 'Made **Guest** the chaplain',
        data: { role: 'chaplain', to: 'user:default/guest' },
      }),
    );
    expect(within(item).getByText('Role assigned')).toBeInTheDocument();
    expect(within(item).getByText('Guest').tagName).toBe('STRONG');
  });
});
