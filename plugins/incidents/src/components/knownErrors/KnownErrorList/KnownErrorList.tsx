import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import ExpandLessIcon from '@material-ui/icons/ExpandLess';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  KnownError,
  KnownErrorSuggestionReason,
} from '@incident-response/backstage-plugin-incidents-common';
import { ReactNode, useState } from 'react';
import { useUniqueId } from '../../../hooks';
import { knownErrorRouteRef } from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';
import { OpensInNewTab, SafeMarkdown } from '../../shared';
import { KnownErrorStatusChip } from '../KnownErrorStatusChip';
import { useKnownErrorPresentation } from '../useKnownErrorPresentation';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    padding: theme.spacing(1.5, 0),
    borderBottom: `1px solid ${theme.palette.divider}`,
    '&:last-child': { borderBottom: 'none' },
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  title: { flex: '1 1 16em' },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginTop: theme.spacing(0.5),
  },
  // Wrapped over two lines (French, on a phone), the label stays beside its icon.
  toggle: { justifyContent: 'flex-start', textAlign: 'left' },
  workaround: {
    marginTop: theme.spacing(1),
    padding: theme.spacing(1, 2),
    borderLeft: `3px solid ${theme.palette.warning.main}`,
    backgroundColor: theme.palette.background.default,
  },
}));

/** A known error as a short list shows it: from an incident, or suggested (with why). */
export type KnownErrorListItem = Pick<
  KnownError,
  'id' | 'number' | 'title' | 'status' | 'workaround'
> & {
  reasons?: KnownErrorSuggestionReason[];
  incidentCount?: number;
};

/** @public */
export type KnownErrorListProps = {
  knownErrors: KnownErrorListItem[];
  /** The buttons of each known error: link, unlink, "This is it". */
  actions?(knownError: KnownErrorListItem): ReactNode;
  /** Show the workarounds at first (the incident's own known errors). */
  workaroundsOpen?: boolean;
  /** Open a known error's page in a new tab, e.g. from a dialog, so what was typed stays. */
  linksInNewTab?: boolean;
};

function KnownErrorListEntry(
  props: Omit<KnownErrorListProps, 'knownErrors'> & {
    knownError: KnownErrorListItem;
  },
) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { reasonName } = useKnownErrorPresentation();
  const knownErrorLink = useRouteRef(knownErrorRouteRef);
  const workaroundId = useUniqueId('known-error-workaround');
  const [open, setOpen] = useState(!!props.workaroundsOpen);
  const { knownError } = props;
  const newTab = props.linksInNewTab
    ? { target: '_blank', rel: 'noopener noreferrer' }
    : {};

  return (
    <li className={classes.item}>
      <div className={classes.header}>
        <Typography variant="body2" component="span" className={classes.title}>
          <Link to={knownErrorLink({ id: knownError.number })} {...newTab}>
            {t('common.numbered', {
              number: knownError.number,
              title: knownError.title,
            })}
            {props.linksInNewTab && <OpensInNewTab />}
          </Link>
        </Typography>
        <KnownErrorStatusChip status={knownError.status} />
        {knownError.reasons?.map(reason => (
          <Chip key={reason} size="small" label={reasonName(reason)} />
        ))}
      </div>
      <div className={classes.actions}>
        {knownError.incidentCount !== undefined && (
          <Typography variant="caption" color="textSecondary">
            {t('knownErrors.causedIncidents', {
              count: knownError.incidentCount,
            })}
          </Typography>
        )}
        {knownError.workaround ? (
          <Button
            size="small"
            className={classes.toggle}
            onClick={() => setOpen(current => !current)}
            aria-expanded={open}
            aria-controls={workaroundId}
            startIcon={open ? <ExpandLessIcon /> : <ExpandMoreIcon />}
          >
            {open
              ? t('knownErrors.suggestions.hideWorkaround')
              : t('knownErrors.suggestions.showWorkaround')}
          </Button>
        ) : (
          <Typography variant="caption" color="textSecondary">
            {t('knownErrors.suggestions.noWorkaround')}
          </Typography>
        )}
        {props.actions?.(knownError)}
      </div>
      {knownError.workaround && (
        <div id={workaroundId} className={classes.workaround} hidden={!open}>
          <Typography variant="subtitle2" component="h4">
            {t('knownErrors.page.workaround')}
          </Typography>
          <SafeMarkdown content={knownError.workaround} />
        </div>
      )}
    </li>
  );
}

/**
 * Known errors one under the other, each with its number and title (linking to its
 * page), its status, why it is suggested, how often it recurred, its workaround one
 * click away (a button that says whether it is shown) and the caller's actions.
 *
 * @public
 */
export function KnownErrorList(props: KnownErrorListProps) {
  const classes = useStyles();
  return (
    <ul className={classes.list}>
      {props.knownErrors.map(knownError => (
        <KnownErrorListEntry
          key={knownError.id}
          knownError={knownError}
          actions={props.actions}
          workaroundsOpen={props.workaroundsOpen}
          linksInNewTab={props.linksInNewTab}
        />
      ))}
    </ul>
  );
}
