import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  isOneOf,
  KnownErrorHistoryEntry,
} from '@incident-response/backstage-plugin-incidents-common';
import { ReactNode } from 'react';
import { useLanguage } from '../../../hooks';
import { formatDateTime } from '../../../lib/dates';
import { incidentRouteRef } from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';
import { useKnownErrorPresentation } from '../useKnownErrorPresentation';

const FIELDS = [
  'title',
  'symptoms',
  'rootCause',
  'workaround',
  'permanentFix',
  'fixUrl',
  'entityRefs',
  'status',
] as const;

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  entry: {
    padding: theme.spacing(1, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
    '&:last-child': { borderBottom: 'none' },
  },
}));

/**
 * What happened to a known error, newest first: who, when, and what (recorded, which
 * fields changed, status changes, incidents linked and unlinked, linking to them).
 */
export function KnownErrorHistory(props: {
  history: KnownErrorHistoryEntry[];
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { statusName } = useKnownErrorPresentation();
  const incidentLink = useRouteRef(incidentRouteRef);
  const language = useLanguage();
  const list = (items: string[]) =>
    new Intl.ListFormat(language, {
      style: 'long',
      type: 'conjunction',
    }).format(items);

  const describe = (entry: KnownErrorHistoryEntry): ReactNode => {
    const incident = entry.incident ? (
      // Underlined: it sits in a sentence, where colour alone would not set it apart.
      <Link to={incidentLink({ id: entry.incident.number })} underline="always">
        {entry.incident.number}
      </Link>
    ) : (
      <>?</>
    );
    switch (entry.kind) {
      case 'created':
        return t('knownErrors.history.created');
      case 'status-changed':
        return t('knownErrors.history.statusChanged', {
          from: statusName(String(entry.changes?.status?.from)),
          to: statusName(String(entry.changes?.status?.to)),
        });
      case 'updated':
        return t('knownErrors.history.updated', {
          fields: list(
            Object.keys(entry.changes ?? {}).map(field =>
              isOneOf(FIELDS, field) ? t(`knownErrors.fields.${field}`) : field,
            ),
          ),
        });
      case 'incident-linked':
        return t('knownErrors.history.incidentLinked', { incident });
      case 'incident-unlinked':
        return t('knownErrors.history.incidentUnlinked', { incident });
      default:
        return entry.kind;
    }
  };

  return (
    <ol
      className={classes.list}
      aria-label={t('knownErrors.page.historyTitle')}
    >
      {[...props.history].reverse().map(entry => (
        <li key={entry.id} className={classes.entry}>
          <Typography variant="body2" component="div">
            {describe(entry)}
          </Typography>
          <Typography variant="caption" color="textSecondary" component="div">
            <EntityRefLink entityRef={entry.actorRef} defaultKind="user" />
            {', '}
            {formatDateTime(entry.at, language)}
          </Typography>
        </li>
      ))}
    </ol>
  );
}
