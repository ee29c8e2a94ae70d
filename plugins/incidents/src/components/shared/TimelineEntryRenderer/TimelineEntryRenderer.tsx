import SvgIcon from '@material-ui/core/SvgIcon';
import Typography from '@material-ui/core/Typography';
import {
  SeverityDefinition,
  TimelineEntry,
} from '@incident-response/backstage-plugin-incidents-common';
import { ComponentType, ReactNode } from 'react';
import { SafeMarkdown } from '../SafeMarkdown';

/** What the text of a timeline entry is written from. */
export type TimelineEntryTextProps = {
  entry: TimelineEntry;
  /** The configured severities, to name the ones an entry mentions. */
  severities: SeverityDefinition[];
};

/**
 * How the timeline shows one kind of entry. Each area contributes the renderers of the
 * kinds it writes (the incident's changes and people's entries in `timeline/renderers`,
 * the workspace steps' in `workspace`), and the timeline's registry checks that every
 * kind common knows has one.
 */
export type TimelineEntryRenderer = {
  /** The icon on the entry's kind chip. */
  icon: typeof SvgIcon;
  /**
   * An automatic entry, written from its data in the reader's language. Without it the
   * entry's stored Markdown body is shown, as for people's entries.
   */
  Text?: ComponentType<TimelineEntryTextProps>;
};

/** A string field of an entry's data, if it is one. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Writes one automatic entry from its data (the entry itself for what its data does not
 * repeat, such as its incident); undefined when the data is not known.
 */
export type TimelineEntryWriter<Words> = (
  data: Record<string, unknown>,
  words: Words,
  entry: TimelineEntry,
) => ReactNode | undefined;

/**
 * The `Text` of an automatic entry: `useWords` gathers what the texts of an area need
 * (translations, names), and `write` writes one entry from its data. When `write`
 * returns undefined, because the data is not what this version knows, the stored English
 * body is shown instead.
 */
export function automaticEntryText<Words>(
  useWords: (severities: SeverityDefinition[]) => Words,
  write: TimelineEntryWriter<Words>,
): ComponentType<TimelineEntryTextProps> {
  return function AutomaticEntryText({ entry, severities }) {
    const text = write(entry.data ?? {}, useWords(severities), entry);
    return text !== undefined ? (
      <Typography variant="body2" component="div">
        {text}
      </Typography>
    ) : (
      <SafeMarkdown content={entry.body} />
    );
  };
}
