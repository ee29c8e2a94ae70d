import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { ReactNode } from 'react';
import { FactList, SafeMarkdown } from '../../shared';
import { PostmortemDocumentModel } from './postmortemMarkdown';

const useStyles = makeStyles(theme => ({
  '@global': {
    // On paper, only the document: no sidebar, page header, tabs or buttons.
    '@media print': {
      'nav, header, [role="tablist"], [data-print="hide"]': {
        display: 'none !important',
      },
      body: { background: 'white' },
    },
  },
  document: {
    maxWidth: '52em',
    background: theme.palette.background.paper,
    padding: theme.spacing(3),
    '@media print': { maxWidth: 'none', padding: 0 },
    '& h2': { marginTop: theme.spacing(3) },
  },
  entries: { paddingLeft: theme.spacing(2.5) },
}));

/** @public */
export type PostmortemDocumentProps = {
  model: PostmortemDocumentModel;
  /** Buttons above the document (Print, Back); not printed. */
  actions?: ReactNode;
};

/**
 * The printable view of a postmortem: the same document as the Markdown export, laid
 * out for reading and for paper (the app's navigation and the buttons are not printed).
 *
 * @public
 */
export function PostmortemDocument(props: PostmortemDocumentProps) {
  const classes = useStyles();
  const { model } = props;
  return (
    <>
      {props.actions && (
        <Box data-print="hide" display="flex" gridGap={8} marginBottom={2}>
          {props.actions}
        </Box>
      )}
      <article className={classes.document} aria-label={model.title}>
        <Typography variant="h4" component="h1" gutterBottom>
          {model.title}
        </Typography>
        {model.lines.map(line => (
          <Typography key={line} variant="body2" color="textSecondary">
            {line}
          </Typography>
        ))}
        <Box marginY={2}>
          <Alert severity="info" role="note">
            <AlertTitle>{model.notice.title}</AlertTitle>
            {model.notice.text}
          </Alert>
        </Box>
        <Typography variant="h5" component="h2">
          {model.facts.title}
        </Typography>
        <FactList facts={model.facts.items} />
        {model.sections.map(section => (
          <section key={section.label}>
            <Typography variant="h5" component="h2">
              {section.label}
            </Typography>
            {section.text.trim() ? (
              <SafeMarkdown content={section.text} />
            ) : (
              <SafeMarkdown content={model.notWritten} />
            )}
          </section>
        ))}
        <Typography variant="h5" component="h2">
          {model.timeline.title}
        </Typography>
        {model.timeline.entries.length > 0 ? (
          <ul className={classes.entries}>
            {model.timeline.entries.map((entry, index) => (
              <li key={index}>
                <strong>{entry.time}</strong> · {entry.kind}
                <SafeMarkdown content={entry.text} />
              </li>
            ))}
          </ul>
        ) : (
          <Typography variant="body2">{model.timeline.empty}</Typography>
        )}
        <Typography variant="h5" component="h2">
          {model.actionItems.title}
        </Typography>
        {model.actionItems.rows.length > 0 ? (
          <Table size="small">
            <TableHead>
              <TableRow>
                {model.actionItems.columns.map(column => (
                  <TableCell key={column}>{column}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {model.actionItems.rows.map((row, index) => (
                <TableRow key={index}>
                  {row.map((value, column) => (
                    <TableCell key={column}>{value}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography variant="body2">{model.actionItems.empty}</Typography>
        )}
      </article>
    </>
  );
}
