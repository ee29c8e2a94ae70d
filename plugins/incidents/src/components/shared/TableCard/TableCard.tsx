import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import { ReactNode } from 'react';

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
 * A titled card around a plain table: the rows in the order given (paging, sorting and
 * filtering are the caller's, on the server), with filters above and a footer under it.
 *
 * @public
 */
export function TableCard<TRow extends object>(props: TableCardProps<TRow>) {
  return (
    <section aria-label={props.title}>
      <InfoCard
        title={props.title}
        subheader={props.subheader}
        action={props.action}
        noPadding
      >
        {props.filters && (
          <Box padding={2} paddingBottom={0}>
            {props.filters}
          </Box>
        )}
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
          emptyContent={
            props.emptyContent ? (
              <Typography variant="body2" style={{ padding: 16 }}>
                {props.emptyContent}
              </Typography>
            ) : undefined
          }
        />
        {props.footer && (
          <Box paddingX={2} paddingBottom={1}>
            {props.footer}
          </Box>
        )}
      </InfoCard>
    </section>
  );
}
