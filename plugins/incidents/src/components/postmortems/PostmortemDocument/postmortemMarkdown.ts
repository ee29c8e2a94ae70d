/**
 * A postmortem as a document, every word already in the reader's language: what the
 * printable view shows and the Markdown export writes.
 */
export type PostmortemDocumentModel = {
  /** "Postmortem of INC-7: Cart totals are wrong". */
  title: string;
  /** Status, approval and export lines. */
  lines: string[];
  /** The blameless reminder that heads it. */
  notice: { title: string; text: string };
  facts: { title: string; items: Array<{ label: string; value: string }> };
  /** The report's sections in order; `text` is Markdown, empty when not written. */
  sections: Array<{ label: string; text: string }>;
  /** Shown for a section not written. */
  notWritten: string;
  timeline: {
    title: string;
    entries: Array<{ time: string; kind: string; text: string }>;
    empty: string;
  };
  actionItems: {
    title: string;
    columns: string[];
    rows: string[][];
    empty: string;
  };
};

/** Text for one cell of a Markdown table: one line, with its pipes escaped. */
function cell(text: string): string {
  return (
    text
      .replace(/\s*\n\s*/g, ' ')
      .replace(/\|/g, '\\|')
      .trim() || ' '
  );
}

/** Markdown for an item of a list: its next lines indented under it. */
function listItem(text: string): string {
  return `- ${text.trim().split('\n').join('\n  ')}`;
}

/** A line as a Markdown paragraph, with the characters that would start a block escaped. */
function plain(text: string): string {
  return text.replace(/^([#>*+-]|\d+\.)/, '\\$1');
}

/**
 * The postmortem as a Markdown file: title, status, the blameless reminder, the facts,
 * each section (Markdown as written), the timeline and the action items as a table.
 */
export function postmortemMarkdown(model: PostmortemDocumentModel): string {
  const blocks: string[] = [
    `# ${plain(model.title)}`,
    model.lines.map(plain).join('  \n'),
    `> **${model.notice.title}**\n>\n> ${model.notice.text}`,
    `## ${model.facts.title}`,
    model.facts.items
      .map(item => listItem(`**${item.label}:** ${item.value}`))
      .join('\n'),
  ];
  for (const section of model.sections) {
    blocks.push(`## ${section.label}`, section.text.trim() || model.notWritten);
  }
  blocks.push(
    `## ${model.timeline.title}`,
    model.timeline.entries.length > 0
      ? model.timeline.entries
          .map(entry =>
            listItem(`**${entry.time}** · ${entry.kind}: ${entry.text}`),
          )
          .join('\n')
      : model.timeline.empty,
    `## ${model.actionItems.title}`,
  );
  const { columns, rows } = model.actionItems;
  blocks.push(
    rows.length > 0
      ? [
          `| ${columns.map(cell).join(' | ')} |`,
          `| ${columns.map(() => '---').join(' | ')} |`,
          ...rows.map(row => `| ${row.map(cell).join(' | ')} |`),
        ].join('\n')
      : model.actionItems.empty,
  );
  return `${blocks.filter(block => block !== '').join('\n\n')}\n`;
}
