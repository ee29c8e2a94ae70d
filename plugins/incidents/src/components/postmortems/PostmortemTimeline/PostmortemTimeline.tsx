import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import Chip from '@material-ui/core/Chip';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import StarIcon from '@material-ui/icons/Star';
import StarBorderIcon from '@material-ui/icons/StarBorder';
import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  isOneOf,
  PostmortemTimelineEntry,
  SeverityDefinition,
  TIMELINE_ENTRY_KINDS,
  TimelineEntry,
} from '@incident-response/backstage-plugin-incidents-common';
import { useState } from 'react';
import { useLanguage, useNow } from '../../../hooks';
import { formatShortDateTime } from '../../../lib/dates';
import { incidentsTranslationRef } from '../../../translation';
import { SafeMarkdown } from '../../shared';
import { timelineEntryRenderer } from '../../timeline';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  entry: {
    display: 'flex',
    gap: theme.spacing(1),
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
    '&:last-child': { borderBottom: 'none' },
  },
  important: { borderLeft: `3px solid ${theme.palette.warning.main}` },
  body: { flex: 1, minWidth: 0 },
}));

/** @public */
export type PostmortemTimelineProps = {
  entries: PostmortemTimelineEntry[];
  /** The incident's timeline, whose entries' data write them in the reader's language. */
  incidentTimeline: TimelineEntry[];
  severities: SeverityDefinition[];
  /** Whether an entry is marked important (as saved, or as just clicked). */
  important(entryId: string): boolean;
  /** Given when the marks can be changed. */
  onMark?(entryId: string, important: boolean): void;
};

/**
 * The postmortem's timeline, oldest first, built from the incident's: each entry with its
 * time, its kind and its text, and a star to mark the ones that tell the story.
 *
 * @public
 */
export function PostmortemTimeline(props: PostmortemTimelineProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const language = useLanguage();
  const now = useNow();
  const [onlyImportant, setOnlyImportant] = useState(false);
  const byId = new Map(props.incidentTimeline.map(entry => [entry.id, entry]));
  const entries = [...props.entries]
    .sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt))
    .filter(entry => !onlyImportant || props.important(entry.entryId));

  return (
    <InfoCard
      title={t('postmortems.timeline.title')}
      subheader={t('postmortems.timeline.help')}
    >
      <FormControlLabel
        control={
          <Switch
            checked={onlyImportant}
            onChange={e => setOnlyImportant(e.target.checked)}
            color="primary"
            size="small"
          />
        }
        label={t('postmortems.timeline.onlyImportant')}
      />
      {entries.length === 0 ? (
        <Typography variant="body2">
          {t('postmortems.timeline.empty')}
        </Typography>
      ) : (
        <ol
          className={classes.list}
          aria-label={t('postmortems.timeline.title')}
        >
          {entries.map(entry => {
            const kind = isOneOf(TIMELINE_ENTRY_KINDS, entry.kind)
              ? t(`timeline.kinds.${entry.kind}`)
              : t('timeline.kinds.other');
            const time = formatShortDateTime(entry.occurredAt, language, now);
            const important = props.important(entry.entryId);
            const { icon: Icon, Text } = timelineEntryRenderer(entry.kind);
            const source = byId.get(entry.entryId);
            return (
              <li
                key={entry.entryId}
                className={`${classes.entry} ${
                  important ? classes.important : ''
                }`}
              >
                <Checkbox
                  checked={important}
                  disabled={!props.onMark}
                  onChange={e =>
                    props.onMark?.(entry.entryId, e.target.checked)
                  }
                  icon={<StarBorderIcon />}
                  checkedIcon={<StarIcon />}
                  inputProps={{
                    'aria-label': t('postmortems.timeline.markImportant', {
                      entry: `${time}, ${kind}`,
                    }),
                  }}
                  size="small"
                />
                <div className={classes.body}>
                  <Box display="flex" alignItems="center" gridGap={8}>
                    <Typography variant="caption" color="textSecondary">
                      {time}
                    </Typography>
                    <Chip
                      size="small"
                      variant="outlined"
                      icon={<Icon fontSize="small" />}
                      label={kind}
                    />
                  </Box>
                  {Text && source ? (
                    <Text entry={source} severities={props.severities} />
                  ) : (
                    <SafeMarkdown content={entry.body} />
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </InfoCard>
  );
}
