import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { makeStyles } from '@material-ui/core/styles';
import { ReactNode } from 'react';
import useMeasure from 'react-use/esm/useMeasure';
import { visuallyHidden } from '../../../lib/visuallyHidden';

const useStyles = makeStyles(theme => ({
  // Wider than its card (French words on a phone), a table scrolls sideways rather than
  // sticking out of the card; it is then a region keyboards can focus and scroll.
  container: {
    marginBottom: theme.spacing(2),
  },
  scrolling: {
    maxHeight: 400,
    overflowY: 'auto',
    overflowX: 'auto',
  },
  // On the table, to outrank Material UI's own `caption` rule (bottom, grey).
  table: {
    // Break lines between words only: "Measured", not "Measur-ed".
    '& th, & td': {
      wordBreak: 'normal',
      overflowWrap: 'normal',
    },
    '& caption': {
      captionSide: 'top',
      ...theme.typography.subtitle2,
      color: theme.palette.text.primary,
      padding: theme.spacing(1, 0),
    },
  },
  // A duration or an incident number reads as one value: "1 hr 20 min" and "INC-103"
  // stay on one line.
  oneLine: {
    whiteSpace: 'nowrap',
  },
  hiddenCaption: {
    '& caption': { ...visuallyHidden, padding: 0 },
  },
}));

/** A column of a {@link DataTable}. */
export type DataTableColumn = {
  label: string;
  /** Right-aligned, for numbers and durations; on one line. */
  numeric?: boolean;
  /** On one line, for values that read as one, e.g. incident numbers. */
  oneLine?: boolean;
};

/** @public */
export type DataTableProps = {
  /** Says what the table is; read first by screen readers. */
  caption: string;
  columns: DataTableColumn[];
  /** One array of cells per row; the first cell is the row's header. */
  rows: Array<{ key: string; cells: ReactNode[] }>;
  /** Footer rows (totals), with the same columns. */
  footer?: Array<{ key: string; cells: ReactNode[] }>;
  /** Long tables scroll inside a box that keyboard users can focus and scroll. */
  scroll?: boolean;
  /** Only screen readers read the caption, e.g. when a visible title says the same. */
  hideCaption?: boolean;
};

/**
 * A plain, accessible data table: a caption, column headers, and a header cell for
 * each row, so a screen reader announces "Median, March 2026: 35 min".
 *
 * @public
 */
export function DataTable(props: DataTableProps) {
  const classes = useStyles();
  const [boxRef, box] = useMeasure<HTMLDivElement>();
  const [tableRef, table] = useMeasure<HTMLTableElement>();
  const focusable = props.scroll || table.width > box.width;
  const oneLine = (index: number) =>
    props.columns[index]?.numeric || props.columns[index]?.oneLine
      ? classes.oneLine
      : '';
  const renderRow = (row: { key: string; cells: ReactNode[] }) => (
    <TableRow key={row.key}>
      {row.cells.map((cell, index) =>
        index === 0 ? (
          // MUI would call a `th` in the body a "cell"; it heads its row.
          <TableCell
            key={index}
            component="th"
            scope="row"
            role="rowheader"
            className={oneLine(index)}
          >
            {cell}
          </TableCell>
        ) : (
          <TableCell
            key={index}
            align={props.columns[index]?.numeric ? 'right' : 'left'}
            className={oneLine(index)}
          >
            {cell}
          </TableCell>
        ),
      )}
    </TableRow>
  );
  return (
    <TableContainer
      ref={boxRef}
      className={`${classes.container} ${
        props.scroll ? classes.scrolling : ''
      }`}
      {...(focusable && {
        tabIndex: 0,
        role: 'region',
        'aria-label': props.caption,
      })}
    >
      <Table
        ref={tableRef}
        size="small"
        stickyHeader={props.scroll}
        className={`${classes.table} ${
          props.hideCaption ? classes.hiddenCaption : ''
        }`}
      >
        <caption>{props.caption}</caption>
        <TableHead>
          <TableRow>
            {props.columns.map(column => (
              <TableCell
                key={column.label}
                align={column.numeric ? 'right' : 'left'}
              >
                {column.label}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>{props.rows.map(renderRow)}</TableBody>
        {props.footer && <TableBody>{props.footer.map(renderRow)}</TableBody>}
      </Table>
    </TableContainer>
  );
}
