import {
  ActionItem,
  Postmortem,
} from '@incident-response/backstage-plugin-incidents-common';
import { renderPostmortemText } from './postmortemRendering';

const approval = {
  approvedAt: '2026-12-02T10:15:42.123Z',
  approvedBy: 'user:default/alice',
};

const actionItem = (fields: Partial<ActionItem>): ActionItem => ({
  id: 'ai-1',
  incidentId: 'inc-1',
  incidentNumber: 'INC-1',
  title: 'Alert on gateway 5xx rate',
  ownerRef: 'group:default/payments-team',
  assigneeRef: null,
  dueOn: '2027-01-27',
  priority: 'high',
  kind: 'detect',
  status: 'open',
  reason: null,
  trackerUrl: null,
  knownErrorId: null,
  entityRefs: [],
  createdAt: '2026-12-01T09:00:00.000Z',
  createdBy: 'user:default/alice',
  updatedAt: '2026-12-01T09:00:00.000Z',
  completedAt: null,
  completedOn: null,
  ...fields,
});

const postmortem: Postmortem = {
  incidentId: 'inc-1',
  status: 'approved',
  required: true,
  ownerRef: 'user:default/alice',
  sections: {
    summary: 'Checkout **failed** for 40 min.\r\n\r\n- every basket',
    impact: 'All customers',
    detection: '',
    trigger: 'Deploy 42',
    rootCause: 'A retry storm',
    resolution: 'Rolled back',
    wentWell: '   ',
    wentWrong: 'Paging was slow\n\n',
    gotLucky: '',
    evidence: '[Dashboard](https://grafana.example/d/1)',
  },
  timeline: [
    {
      entryId: 'e1',
      kind: 'declared',
      occurredAt: '2026-12-01T08:02:30.000Z',
      body: 'Declared SEV2',
      automatic: true,
      important: true,
    },
    {
      entryId: 'e2',
      kind: 'note',
      occurredAt: '2026-12-01T08:10:00.000Z',
      body: 'Looked at the logs',
      automatic: false,
      important: false,
    },
    {
      entryId: 'e3',
      kind: 'decision',
      occurredAt: '2026-12-01T08:30:00.000Z',
      body: 'Roll back deploy 42\u0007',
      automatic: false,
      important: true,
    },
  ],
  actionItems: [
    actionItem({}),
    actionItem({
      id: 'ai-2',
      title: 'Cap retries',
      ownerRef: 'group:default/storefront-team',
      kind: 'prevent',
      priority: 'medium',
      status: 'wont-do',
      trackerUrl: 'https://tracker.example/PAY-7',
    }),
  ],
  updatedAt: '2026-12-02T10:00:00.000Z',
  approvedAt: approval.approvedAt,
  approvedBy: approval.approvedBy,
  reviewComment: null,
};

describe('renderPostmortemText', () => {
  it('renders the header, every section, the important entries and the action items', () => {
    const { text } = renderPostmortemText(postmortem, approval);
    expect(text.split('\n')).toEqual([
      'Postmortem (approved 2026-12-02 10:15 UTC by alice)',
      'Summary',
      'Checkout **failed** for 40 min.',
      '',
      '- every basket',
      'Impact',
      'All customers',
      'Detection',
      '-',
      'Trigger',
      'Deploy 42',
      'Root cause and contributing factors',
      'A retry storm',
      'Resolution',
      'Rolled back',
      'What went well',
      '-',
      'What went wrong',
      'Paging was slow',
      'Where we got lucky',
      '-',
      'Evidence',
      '[Dashboard](https://grafana.example/d/1)',
      'Timeline',
      '- 2026-12-01 08:02 UTC: Declared SEV2',
      '- 2026-12-01 08:30 UTC: Roll back deploy 42',
      'Action items',
      '- Alert on gateway 5xx rate, owner payments-team, due 2027-01-27, open, detect, high priority',
      "- Cap retries, owner storefront-team, due 2027-01-27, won't do, prevent, medium priority, https://tracker.example/PAY-7",
    ]);
  });

  it('names the heading lines, wherever multi-line sections put them', () => {
    const { text, headingLines } = renderPostmortemText(postmortem, approval);
    const lines = text.split('\n');
    expect(headingLines.map(i => lines[i])).toEqual([
      'Postmortem (approved 2026-12-02 10:15 UTC by alice)',
      'Summary',
      'Impact',
      'Detection',
      'Trigger',
      'Root cause and contributing factors',
      'Resolution',
      'What went well',
      'What went wrong',
      'Where we got lucky',
      'Evidence',
      'Timeline',
      'Action items',
    ]);
  });

  it('shows "-" for no important entries and no action items', () => {
    const { text } = renderPostmortemText(
      {
        ...postmortem,
        timeline: postmortem.timeline.map(e => ({ ...e, important: false })),
        actionItems: [],
      },
      approval,
    );
    expect(text).toMatch(/\nTimeline\n-\nAction items\n-$/);
  });

  it('leaves out what Google Docs would strip, so the text reads back the same', () => {
    const { text } = renderPostmortemText(postmortem, approval);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/);
  });
});
