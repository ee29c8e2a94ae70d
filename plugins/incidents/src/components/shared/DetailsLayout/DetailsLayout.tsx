import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Content, Header, Page } from '@backstage/core-components';
import { Fragment, ReactNode } from 'react';

const useStyles = makeStyles(theme => ({
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    alignItems: 'center',
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: theme.spacing(0.5, 2),
    margin: theme.spacing(2, 0),
    '& dt': { color: theme.palette.text.secondary },
    '& dd': { margin: 0 },
  },
}));

/**
 * The page of one record (an incident, a known error): its title, its number, and the
 * list it belongs to as the way back.
 *
 * @public
 */
export function RecordPage(props: {
  number: string;
  title: string;
  /** The list's name, e.g. "Incidents". */
  type: string;
  typeLink: string;
  children: ReactNode;
}) {
  return (
    <Page themeId="tool">
      <Header
        title={props.title}
        subtitle={props.number}
        type={props.type}
        typeLink={props.typeLink}
        pageTitleOverride={`${props.number}: ${props.title}`}
      />
      <Content>{props.children}</Content>
    </Page>
  );
}

/**
 * The first line of a details card: the number as a heading, then the chips that say
 * where it stands.
 *
 * @public
 */
export function ChipRow(props: { number: string; children: ReactNode }) {
  const classes = useStyles();
  return (
    <div className={classes.chips}>
      <Typography variant="h6" component="h2">
        {props.number}
      </Typography>
      {props.children}
    </div>
  );
}

/**
 * Facts of a details card as a description list: a label, then its value.
 *
 * @public
 */
export function FactList(props: {
  facts: Array<{ label: string; value: ReactNode }>;
}) {
  const classes = useStyles();
  return (
    <dl className={classes.facts}>
      {props.facts.map(fact => (
        <Fragment key={fact.label}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
