/** The people a Slack message mentions (`<@U123>`), to name them. */
export function mentionedUsers(text: string): string[] {
  return [
    ...new Set(
      [...text.matchAll(/<@([A-Z0-9]+)(?:\|[^>]*)?>/g)].map(m => m[1]),
    ),
  ];
}

/**
 * A Slack message's text (mrkdwn) as the Markdown the timeline shows: mentions of
 * people, channels and groups by name, links as links, Slack's `*bold*` and `~strike~`
 * in Markdown's spelling, and Slack's escaped `&`, `<` and `>` back as typed.
 */
export function slackTextToMarkdown(
  text: string,
  nameOf: (userId: string) => string | undefined,
): string {
  return text
    .replace(/<([^<>]+)>/g, (_whole, inner: string) => {
      const [target, label] = splitOnce(inner, '|');
      if (target.startsWith('@')) {
        return `@${nameOf(target.slice(1)) ?? label ?? target.slice(1)}`;
      }
      if (target.startsWith('#')) {
        return `#${label ?? target.slice(1)}`;
      }
      if (target.startsWith('!subteam^')) {
        return label ?? '@team';
      }
      if (target.startsWith('!')) {
        return `@${label ?? target.slice(1).split('^')[0]}`;
      }
      return label ? `[${label}](${target})` : `<${target}>`;
    })
    .replace(/(^|[\s(])\*(?=\S)([^*\n]+?)\*(?=$|[\s).,:;!?])/gm, '$1**$2**')
    .replace(/(^|[\s(])~(?=\S)([^~\n]+?)~(?=$|[\s).,:;!?])/gm, '$1~~$2~~')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator);
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}
