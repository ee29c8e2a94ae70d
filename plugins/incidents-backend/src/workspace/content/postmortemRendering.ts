import {
  ActionItem,
  ActionItemStatus,
  Postmortem,
  PostmortemSection,
  POSTMORTEM_SECTIONS,
} from '@incident-response/backstage-plugin-incidents-common';
import { entityName, utc } from './incidentFacts';

/** The sections' headings in the document, in the order of POSTMORTEM_SECTIONS. */
export const POSTMORTEM_SECTION_HEADINGS: Record<PostmortemSection, string> = {
  summary: 'Summary',
  impact: 'Impact',
  detection: 'Detection',
  trigger: 'Trigger',
  rootCause: 'Root cause and contributing factors',
  resolution: 'Resolution',
  wentWell: 'What went well',
  wentWrong: 'What went wrong',
  gotLucky: 'Where we got lucky',
  evidence: 'Evidence',
};

const ACTION_ITEM_STATUS_NAMES: Record<ActionItemStatus, string> = {
  open: 'open',
  'in-progress': 'in progress',
  done: 'done',
  'wont-do': "won't do",
};

/** The approved postmortem as plain text, and which of its lines are headings. */
export type RenderedPostmortem = {
  text: string;
  /** Indices of the heading lines in `text.split('\n')`. */
  headingLines: number[];
};

/**
 * Google Docs strips these from inserted text (control characters but tab, newline
 * and vertical tab; the private use area), and a carriage return would be one of them:
 * the text is cleaned the same way so a re-run can recognise what it wrote.
 */
function docsText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g, '')
      .trimEnd()
  );
}

function actionItemLine(item: ActionItem): string {
  return [
    `- ${docsText(item.title)}`,
    `owner ${entityName(item.ownerRef)}`,
    `due ${item.dueOn}`,
    ACTION_ITEM_STATUS_NAMES[item.status],
    item.kind,
    `${item.priority} priority`,
    ...(item.trackerUrl ? [docsText(item.trackerUrl)] : []),
  ].join(', ');
}

/**
 * The text rendered into the postmortem document once the postmortem is approved:
 * a header naming the approval (when and by whom), every section under its heading ("-" when empty), the
 * timeline entries marked important, and the action items. Sections stay Markdown as
 * written: the document shows what reviewers approved, character for character.
 */
export function renderPostmortemText(
  postmortem: Postmortem,
  approval: { approvedAt: string; approvedBy: string },
): RenderedPostmortem {
  const lines: string[] = [];
  const headingLines: number[] = [];
  const heading = (text: string) => {
    headingLines.push(lines.length);
    lines.push(text);
  };
  const body = (text: string) => {
    lines.push(...(docsText(text) || '-').split('\n'));
  };

  heading(
    `Postmortem (approved ${utc(approval.approvedAt)} by ${entityName(
      approval.approvedBy,
    )})`,
  );
  for (const section of POSTMORTEM_SECTIONS) {
    heading(POSTMORTEM_SECTION_HEADINGS[section]);
    body(postmortem.sections[section]);
  }
  heading('Timeline');
  body(
    postmortem.timeline
      .filter(entry => entry.important)
      .map(entry => `- ${utc(entry.occurredAt)}: ${docsText(entry.body)}`)
      .join('\n'),
  );
  heading('Action items');
  body(postmortem.actionItems.map(actionItemLine).join('\n'));

  return { text: lines.join('\n'), headingLines };
}
