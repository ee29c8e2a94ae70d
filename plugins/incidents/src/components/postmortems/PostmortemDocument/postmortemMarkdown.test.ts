import {
  PostmortemDocumentModel,
  postmortemMarkdown,
} from './postmortemMarkdown';

const model: PostmortemDocumentModel = {
  title: 'Postmortem of INC-7: Cart totals are wrong',
  lines: ['Status: Approved', 'Approved Dec 1, 2026 by sre-lead'],
  notice: {
    title: 'This is a blameless postmortem',
    text: 'Refer to people by their role.',
  },
  facts: {
    title: 'What happened, from the incident',
    items: [
      { label: 'Severity', value: 'SEV2 - Major' },
      {
        label: 'Roles in the response',
        value: 'Incident commander and Scribe',
      },
    ],
  },
  sections: [
    {
      label: 'Summary',
      text: 'Totals ignored **discounts**.\n\n- for 40 min\n',
    },
    { label: 'Impact', text: '   ' },
  ],
  notWritten: '_Not written._',
  timeline: {
    title: 'Timeline',
    entries: [
      { time: 'Dec 1, 10:02 AM', kind: 'Note', text: 'Rolled back\nthe cache' },
    ],
    empty: 'Nothing on the timeline.',
  },
  actionItems: {
    title: 'Action items',
    columns: ['Action', 'Owner team', 'Due'],
    rows: [['Alert on | stale prices', 'storefront-team', 'Jan 26, 2027']],
    empty: 'No action items.',
  },
};

describe('postmortemMarkdown', () => {
  it('writes the postmortem as a Markdown file', () => {
    expect(postmortemMarkdown(model)).toBe(
      [
        '# Postmortem of INC-7: Cart totals are wrong',
        '',
        'Status: Approved  ',
        'Approved Dec 1, 2026 by sre-lead',
        '',
        '> **This is a blameless postmortem**',
        '>',
        '> Refer to people by their role.',
        '',
        '## What happened, from the incident',
        '',
        '- **Severity:** SEV2 - Major',
        '- **Roles in the response:** Incident commander and Scribe',
        '',
        '## Summary',
        '',
        'Totals ignored **discounts**.',
        '',
        '- for 40 min',
        '',
        '## Impact',
        '',
        '_Not written._',
        '',
        '## Timeline',
        '',
        '- **Dec 1, 10:02 AM** · Note: Rolled back',
        '  the cache',
        '',
        '## Action items',
        '',
        '| Action | Owner team | Due |',
        '| --- | --- | --- |',
        '| Alert on \\| stale prices | storefront-team | Jan 26, 2027 |',
        '',
      ].join('\n'),
    );
  });

  it('says when there is no timeline entry or action item', () => {
    const markdown = postmortemMarkdown({
      ...model,
      timeline: { ...model.timeline, entries: [] },
      actionItems: { ...model.actionItems, rows: [] },
    });
    expect(markdown).toContain('## Timeline\n\nNothing on the timeline.\n');
    expect(markdown).toContain('## Action items\n\nNo action items.\n');
    expect(markdown).not.toContain('| Action |');
  });

  it('keeps a title that starts like a Markdown block a plain line', () => {
    expect(
      postmortemMarkdown({ ...model, title: '# 1. Outage', lines: ['- x'] }),
    ).toMatch(/^# \\# 1\. Outage\n\n\\- x\n/);
  });
});
