/**
 * The parts of a status update, as the handbook's communication pattern has them.
 *
 * @public
 */
export type StatusUpdateParts = {
  /** 1-2 sentences on the current state and impact. */
  summary: string;
  /** 2-4 points, one per line. */
  currentStatus: string;
  /** 2-4 points, one per line. */
  nextSteps: string;
  /** When and where the next update will be. */
  nextUpdate: string;
};

/**
 * Headings in the writer's language.
 *
 * @public
 */
export type StatusUpdateHeadings = {
  currentStatus: string;
  nextSteps: string;
  /**
   * What precedes the next update's time, with its colon as the language writes it
   * (`Next update:`, `Prochain point\u00a0:`).
   */
  nextUpdate: string;
};

function bullets(lines: string): string {
  return lines
    .split('\n')
    .map(line => line.trim().replace(/^[-*•]\s*/, ''))
    .filter(line => line.length > 0)
    .map(line => `- ${line}`)
    .join('\n');
}

/**
 * A status update as Markdown, following the handbook: a `<severity> – <incident
 * summary>` title, the summary, the current status and next steps as bullets, and when
 * the next update comes.
 *
 * @public
 */
export function composeStatusUpdate(
  parts: StatusUpdateParts,
  context: { severity: string; title: string; headings: StatusUpdateHeadings },
): string {
  return [
    `**${context.severity} – ${context.title}**`,
    parts.summary.trim(),
    `**${context.headings.currentStatus}**\n\n${bullets(parts.currentStatus)}`,
    `**${context.headings.nextSteps}**\n\n${bullets(parts.nextSteps)}`,
    `**${context.headings.nextUpdate}** ${parts.nextUpdate.trim()}`,
  ].join('\n\n');
}
