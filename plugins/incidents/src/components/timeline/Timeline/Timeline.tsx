import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  isOneOf,
  SeverityDefinition,
  TIMELINE_ENTRY_KINDS,
  TimelineEntry,
} from '@incident-response/backstage-plugin-incidents-common';
import { useLanguage } from '../../../hooks';
import { formatDateTime } from '../../../lib/dates';
import { incidentsTranslationRef } from '../../../translation';
import { ExternalLink, SafeMarkdown } from '../../shared';
import { timelineEntryRenderer } from '../renderers';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  entry: {
    padding: theme.spacing(1.5, 2),
    marginBottom: theme.spacing(1),
    borderLeft: `4px solid ${theme.palette.primary.main}`,
    backgroundColor: theme.palette.background.paper,
  },
  automatic: {
    padding: theme.spacing(1, 2),
    marginBottom: theme.spacing(1),
    borderLeft: `4px dashed ${theme.palette.text.disabled}`,
    backgroundColor: theme.palette.background.default,
    color: theme.palette.text.secondary,
    fontStyle: 'italic',
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(0.5),
  },
  body: { fontStyle: 'normal', '& p': { margin: theme.spacing(0.5, 0) } },
}));

/** The Slack message an entry was taken from (pinned or marked), when it has one. */
function slackPermalink(entry: TimelineEntry): string | undefined {
  const permalink = entry.data?.permalink;
  return entry.data?.source === 'slack' &&
    typeof permalink === 'string' &&
    permalink.startsWith('https://')
    ? permalink
    : undefined;
}

/** @public */
export type TimelineProps = {
  /** The entries as the API returns them (oldest first). */
  entries: TimelineEntry[];
  severities: SeverityDefinition[];
};

/**
 * The append-only timeline, newest first. People's entries (notes, decisions, actions,
 * status updates) are Markdown rendered safely; automatic entries are styled apart and
 * written from their data in the reader's language; a message taken from Slack links
 * back to it. Each kind has its own icon and name;
 * how a kind is shown comes from the renderer its area contributes (see `renderers`).
 *
 * @public
 */
export function Timeline(props: TimelineProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const language = useLanguage();

  const entries = [...props.entries].sort(
    (a, b) =>
      Date.parse(b.occurredAt) - Date.parse(a.occurredAt) ||
      Date.parse(b.createdAt) - Date.parse(a.createdAt),
  );
  if (entries.length === 0) {
    return <Typography variant="body2">{t('timeline.empty')}</Typography>;
  }
  const kindLabel = (kind: string) =>
    isOneOf(TIMELINE_ENTRY_KINDS, kind)
      ? t(`timeline.kinds.${kind}`)
      : t('timeline.kinds.other');

  return (
    <ol className={classes.list} aria-label={t('timeline.title')}>
      {entries.map(entry => {
        const { icon: Icon, Text } = timelineEntryRenderer(entry.kind);
        const permalink = slackPermalink(entry);
        return (
          <li
            key={entry.id}
            className={entry.automatic ? classes.automatic : classes.entry}
            data-kind={entry.kind}
            data-automatic={entry.automatic}
          >
            <div className={classes.header}>
              <Chip
                size="small"
                variant={entry.automatic ? 'outlined' : 'default'}
                icon={<Icon fontSize="small" />}
                label={kindLabel(entry.kind)}
              />
              {entry.automatic && (
                <Typography variant="caption">
                  {t('common.automatic')}
                </Typography>
              )}
              <Typography variant="caption" component="span">
                <time dateTime={entry.occurredAt}>
                  {formatDateTime(entry.occurredAt, language)}
                </time>
              </Typography>
              <Typography variant="caption" component="span">
                {t('timeline.by', {
                  user: (
                    <EntityRefLink
                      entityRef={entry.authorRef}
                      defaultKind="user"
                    />
                  ),
                })}
              </Typography>
              {entry.correctsId && (
                <Typography variant="caption">
                  {t('timeline.corrects')}
                </Typography>
              )}
              {permalink && (
                <Typography variant="caption">
                  <ExternalLink href={permalink}>
                    {t('timeline.inSlack')}
                  </ExternalLink>
                </Typography>
              )}
            </div>
            <div className={classes.body}>
              {entry.automatic && Text ? (
                <Text entry={entry} severities={props.severities} />
              ) : (
                <SafeMarkdown content={entry.body} />
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
