import { screen, within } from '@testing-library/react';
import { anEntry, testConfig } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { Timeline } from './Timeline';

const PERMALINK =
  'https://northwind.slack.com/archives/C0INCIDENT/p1764590400000100';

function renderEntries(entries: Parameters<typeof Timeline>[0]['entries']) {
  return renderWithApis(
    <Timeline severities={testConfig.severities} entries={entries} />,
  );
}

describe('Timeline', () => {
  it('lists the entries newest first', async () => {
    await renderEntries([
      anEntry({ body: 'Older', occurredAt: '2026-11-30T10:00:00Z' }),
      anEntry({ body: 'Newer', occurredAt: '2026-11-30T11:00:00Z' }),
    ]);
    const items = within(
      screen.getByRole('list', { name: 'Timeline' }),
    ).getAllByRole('listitem');
    expect(items.map(item => item.textContent)).toEqual([
      expect.stringContaining('Newer'),
      expect.stringContaining('Older'),
    ]);
  });

  it('links a message taken from Slack back to it', async () => {
    await renderEntries([
      anEntry({
        body: 'Pricing cache is cold',
        data: { source: 'slack', permalink: PERMALINK, savedWith: 'pin' },
      }),
      anEntry({ body: 'Written in Backstage' }),
      anEntry({
        body: 'Not an https link',
        data: {
          source: 'slack',
          permalink: 'http://slack.example.com/archives/C0INCIDENT/p1',
        },
      }),
    ]);
    const links = screen.getAllByRole('link', { name: /Message in Slack/ });
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', PERMALINK);
  });
});
