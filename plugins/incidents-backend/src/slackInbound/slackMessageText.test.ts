import { mentionedUsers, slackTextToMarkdown } from './slackMessageText';

describe('slackTextToMarkdown', () => {
  const names: Record<string, string> = { UAMELIE: 'Amélie Tremblay' };
  const convert = (text: string) => slackTextToMarkdown(text, id => names[id]);

  it('names the people, channels and groups a message mentions', () => {
    expect(
      convert(
        '<@UAMELIE> and <@UOTHER> in <#C123|payments>, <!here> <!subteam^S1|@sre>',
      ),
    ).toBe('@Amélie Tremblay and @UOTHER in #payments, @here @sre');
    expect(mentionedUsers('<@UAMELIE> <@UOTHER|other> <@UAMELIE>')).toEqual([
      'UAMELIE',
      'UOTHER',
    ]);
  });

  it('keeps links as links', () => {
    expect(
      convert(
        'See <https://grafana.example/d/1|the dashboard> and <https://status.example>',
      ),
    ).toBe(
      'See [the dashboard](https://grafana.example/d/1) and <https://status.example>',
    );
  });

  it("writes Slack's bold and strike the Markdown way and unescapes what Slack escaped", () => {
    expect(
      convert('*Rolled back* to ~v41~ v40 &amp; 5xx &lt; 1% &gt; fine'),
    ).toBe('**Rolled back** to ~~v41~~ v40 & 5xx < 1% > fine');
    expect(convert('2 * 3 * 4 stays')).toBe('2 * 3 * 4 stays');
  });
});
