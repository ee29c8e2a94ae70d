import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Collapse from '@material-ui/core/Collapse';
import Typography from '@material-ui/core/Typography';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import { makeStyles, Theme } from '@material-ui/core/styles';
import FilterListIcon from '@material-ui/icons/FilterList';
import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ReactNode, useState } from 'react';
import { useUniqueId } from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';

const useStyles = makeStyles({
  // Words break between words only; a single token longer than its cell still wraps.
  table: { '& td': { wordBreak: 'normal', overflowWrap: 'break-word' } },
  // The action (a link, a button) goes under a title it does not fit beside, on a
  // phone, rather than squeezing the title and sticking out of the card.
  header: { flexWrap: 'wrap', '& > :last-child': { maxWidth: '100%' } },
});

/** @public */
export type TableCardProps<TRow extends object> = {
  /** The card's title, which also names the region for screen readers. */
  title: string;
  subheader?: string;
  /** In the card's header, e.g. the button that adds a row. */
  action?: ReactNode;
  columns: TableColumn<TRow>[];
  rows: TRow[];
  /** Shows the table's loading state while there is nothing to show yet. */
  loading?: boolean;
  emptyContent?: ReactNode;
  /** Above the table, e.g. filters. */
  filters?: ReactNode;
  /** Under the table, e.g. pagination. */
  footer?: ReactNode;
};

/**
 * The filters above a table; on a narrow screen they wait behind one button so that the
 * rows come first.
 */
function TableFilters(props: { children: ReactNode }) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('xs'));
  const [shown, setShown] = useState(false);
  const id = useUniqueId('table-filters');
  if (!narrow) {
    return (
      <Box padding={2} paddingBottom={0}>
        {props.children}
      </Box>
    );
  }
  return (
    <Box padding={2} paddingBottom={0}>
      <Button
        variant="outlined"
        startIcon={<FilterListIcon />}
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => setShown(s => !s)}
      >
        {t('filters.show')}
      </Button>
      <Collapse in={shown}>
        <Box paddingTop={2} id={id}>
          {props.children}
        </Box>
      </Collapse>
    </Box>
  );
}

/** Material Table's loading overlay, with its spinner named for screen readers. */
function LoadingOverlay() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  return (
    <Box
      display="flex"
      alignItems="center"
      justifyContent="center"
      height="100%"
      bgcolor="background.paper"
    >
      <CircularProgress aria-label={t('common.loading')} />
    </Box>
  );
}

/**
 * A titled card around a plain table: the rows in the order given (paging, sorting and
 * filtering are the caller's, on the server), with filters above and a footer under it.
 *
 * @public
 */
export function TableCard<TRow extends object>(props: TableCardProps<TRow>) {
  const classes = useStyles();
  return (
    <section aria-label={props.title}>
      <InfoCard
        title={props.title}
        subheader={props.subheader}
        action={props.action}
        headerProps={{ className: classes.header }}
        noPadding
      >
        {props.filters && <TableFilters>{props.filters}</TableFilters>}
        <div className={classes.table}>
          <Table<TRow>
            columns={props.columns}
            data={props.rows}
            isLoading={props.loading && props.rows.length === 0}
            options={{
              toolbar: false,
              paging: false,
              search: false,
              sorting: false,
              draggable: false,
              padding: 'dense',
            }}
            style={{ boxShadow: 'none' }}
            components={{ OverlayLoading: LoadingOverlay }}
            emptyContent={
              props.emptyContent ? (
                <Typography variant="body2" style={{ padding: 16 }}>
                  {props.emptyContent}
                </Typography>
              ) : undefined
            }
          />
        </div>
        {props.footer && (
          <Box paddingX={2} paddingBottom={1}>
            {props.footer}
          </Box>
        )}
      </InfoCard>
    </section>
  );
}
