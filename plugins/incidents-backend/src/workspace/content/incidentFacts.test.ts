import { escapeMrkdwn } from './incidentFacts';

describe('escapeMrkdwn', () => {
  it('escapes exactly &, < and >, so user text cannot ping or link', () => {
    expect(escapeMrkdwn('<!channel> & <https://evil|docs> *bold*')).toBe(
      '&lt;!channel&gt; &amp; &lt;https://evil|docs&gt; *bold*',
    );
  });
});
