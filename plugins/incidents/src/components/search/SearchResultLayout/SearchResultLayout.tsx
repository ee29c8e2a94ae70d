import { Link } from '@backstage/core-components';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import { parseEntityRef } from '@backstage/catalog-model';
import { ResultHighlight } from '@backstage/plugin-search-common';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ReactNode } from 'react';
import { incidentsTranslationRef } from '../../../translation';

const useStyles = makeStyles(theme => ({
  item: { display: 'flex' },
  content: { flexWrap: 'wrap', minWidth: 0 },
  text: { width: '100%', marginBottom: theme.spacing(1) },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
    marginBottom: theme.spacing(1),
  },
}));

/**
 * What every incidents search result item receives from the search page: the document,
 * its highlight and rank, and an icon.
 *
 * @public
 */
export type IncidentsSearchResultItemProps = {
  result?: {
    title: string;
    text: string;
    location: string;
    [field: string]: unknown;
  };
  highlight?: ResultHighlight;
  rank?: number;
  icon?: ReactNode;
  /** How many lines of text to show; 3 by default. */
  lineClamp?: number;
};

/** A document field that should be a string: anything else reads as missing. */
export function field(
  result: IncidentsSearchResultItemProps['result'],
  name: string,
): string | undefined {
  const value = result?.[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** An entity ref as people read it (`component:checkout-web`, `api:payments-api`). */
export function entityName(entityRef: string): string {
  try {
    return humanizeEntityRef(parseEntityRef(entityRef));
  } catch {
    return entityRef;
  }
}

/**
 * The layout of the incidents search results, as the catalog's: the title linking to
 * the page (highlighted where the search matched), a few lines of text, then chips.
 */
export function SearchResultLayout(
  props: IncidentsSearchResultItemProps & { chips: ReactNode },
) {
  const classes = useStyles();
  const { result, highlight } = props;
  if (!result) {
    return null;
  }
  return (
    <div className={classes.item}>
      {props.icon && <ListItemIcon>{props.icon}</ListItemIcon>}
      <div className={classes.content}>
        <ListItemText
          className={classes.text}
          primaryTypographyProps={{ variant: 'h6' }}
          primary={
            // The search page records the click itself.
            <Link noTrack to={result.location}>
              {highlight?.fields.title ? (
                <HighlightedSearchResultText
                  text={highlight.fields.title}
                  preTag={highlight.preTag}
                  postTag={highlight.postTag}
                />
              ) : (
                result.title
              )}
            </Link>
          }
          secondary={
            <Typography
              component="span"
              color="textSecondary"
              variant="body2"
              style={{
                display: '-webkit-box',
                WebkitBoxOrient: 'vertical',
                WebkitLineClamp: props.lineClamp ?? 3,
                overflow: 'hidden',
              }}
            >
              {highlight?.fields.text ? (
                <HighlightedSearchResultText
                  text={highlight.fields.text}
                  preTag={highlight.preTag}
                  postTag={highlight.postTag}
                />
              ) : (
                result.text
              )}
            </Typography>
          }
        />
        <Box className={classes.chips}>{props.chips}</Box>
      </div>
    </div>
  );
}

/** A plain chip of a search result (kind, severity, entity, date). */
export function ResultChip(props: { label: string }) {
  return <Chip size="small" label={props.label} />;
}

/**
 * The severity of the incident a result is about. The documents store a null severity
 * while it is to be assessed, which is said in words; a document without the field
 * shows nothing.
 */
export function SeverityResultChip(props: {
  result: IncidentsSearchResultItemProps['result'];
}) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  if (props.result?.severity === null) {
    return <ResultChip label={t('search.severityUnassessed')} />;
  }
  const severity = field(props.result, 'severity');
  return severity ? (
    <ResultChip label={t('search.severity', { severity })} />
  ) : null;
}
