import {
  IncidentDetails,
  KNOWN_ERROR_LIMITS,
  TimelineEntry,
} from '@incident-response/backstage-plugin-incidents-common';
import { KnownErrorFormValues } from '../KnownErrorDialog';

/** The words the prefilled symptoms need, in the reader's language. */
export type KnownErrorPrefillWords = {
  /** "Impact:", with the colon as the reader's language writes it. */
  impact: string;
  /** "Notes from INC-7". */
  notes: string;
  /** A note's time as the reader reads it, with its colon: "22/11/2026 10:05\u00a0:". */
  noteTime(iso: string): string;
};

/** A Markdown list item whose body may span lines. */
function listItem(label: string, body: string): string {
  return `- ${label} ${body.trim().replace(/\n/g, '\n  ')}`;
}

/**
 * A new known error as an incident describes it: its title, its affected services, and
 * as symptoms its summary, impact, description and the notes on its timeline (oldest
 * first), in Markdown. The responder edits it before recording it.
 */
export function knownErrorPrefill(
  incident: IncidentDetails,
  timeline: TimelineEntry[],
  words: KnownErrorPrefillWords,
): Partial<KnownErrorFormValues> {
  const parts: string[] = [];
  if (incident.summary?.trim()) {
    parts.push(incident.summary.trim());
  }
  if (incident.impact?.trim()) {
    parts.push(`**${words.impact}** ${incident.impact.trim()}`);
  }
  if (incident.description?.trim()) {
    parts.push(incident.description.trim());
  }
  const notes = timeline
    .filter(entry => !entry.automatic && entry.kind === 'note')
    .sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt));
  if (notes.length > 0) {
    parts.push(
      [
        `**${words.notes}**`,
        '',
        ...notes.map(note =>
          listItem(words.noteTime(note.occurredAt), note.body),
        ),
      ].join('\n'),
    );
  }
  return {
    title: incident.title.slice(0, KNOWN_ERROR_LIMITS.titleMaxLength),
    entityRefs: incident.entityRefs.slice(
      0,
      KNOWN_ERROR_LIMITS.entityRefsMaxItems,
    ),
    symptoms: parts.join('\n\n'),
  };
}
