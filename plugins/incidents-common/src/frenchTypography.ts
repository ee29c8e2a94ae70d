/**
 * What French typography asks of the product's French texts, as the translation
 * tests check it: a non-breaking space (U+00A0) before `:` `;` `?` `!` and inside
 * « », and « gravité », never « sévérité », for severity.
 */

// Not prose: web addresses, placeholders (`{{name}}`, material-table's `{count}`),
// code, Slack emoji codes and times (10:30).
const NOT_PROSE =
  /[a-z][a-z0-9+.-]*:\/\/\S+|\{\{[^}]*\}\}|\{\w+\}|`[^`]*`|:[a-z0-9_+-]+:|\d:\d/g;

const NBSP = '\u00a0';

/** The typography mistakes in a French text, each quoted with what precedes it. */
export function frenchTypographyMistakes(text: string): string[] {
  const prose = text.replace(NOT_PROSE, found => 'x'.repeat(found.length));
  const mistakes: string[] = [];
  const around = (index: number) =>
    JSON.stringify(text.slice(Math.max(0, index - 12), index + 2));
  for (const match of prose.matchAll(/[:;?!](?=\s|$|[*_)'"»])/g)) {
    const before = prose[match.index - 1];
    if (before !== NBSP && !/[:;?!…]/.test(before ?? '')) {
      mistakes.push(
        `${around(match.index)}: a non-breaking space goes before "${
          match[0]
        }"`,
      );
    }
  }
  for (const match of prose.matchAll(/«(?!\u00a0)|(?<!\u00a0)»/g)) {
    mistakes.push(
      `${around(match.index)}: a non-breaking space goes inside « »`,
    );
  }
  if (/sévérité/i.test(text)) {
    mistakes.push(`${JSON.stringify(text)}: severity is « gravité »`);
  }
  return mistakes;
}

/**
 * A date's parts as `Intl` formats them, joined, with French's ordinal for the first of
 * the month (« 1er mars », never « 1 mars »), which `Intl` does not write. Days written
 * with two digits (`01/03`) are left as they are.
 */
export function joinDateParts(
  parts: Array<{ type: string; value: string }>,
  locale: string,
): string {
  const french = locale.toLowerCase().startsWith('fr');
  return parts
    .map(part =>
      french && part.type === 'day' && part.value === '1' ? '1er' : part.value,
    )
    .join('');
}
