import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Content, Header, Page } from '@backstage/core-components';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
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

/** One fact of a {@link FactList}. */
export type Fact = { label: string; value: ReactNode };

/**
 * The two facts every record on catalog entities has: what it affects and who owns
 * that (or that nobody does).
 */
export function entityFacts(
  record: { entityRefs: string[]; ownerRefs: string[] },
  words: { entities: string; owners: string; noOwners: string },
): Fact[] {
  return [
    {
      label: words.entities,
      value: <EntityRefLinks entityRefs={record.entityRefs} />,
    },
    {
      label: words.owners,
      value:
        record.ownerRefs.length > 0 ? (
          <EntityRefLinks entityRefs={record.ownerRefs} defaultKind="group" />
        ) : (
          words.noOwners
        ),
    },
  ];
}

/**
 * Facts of a details card as a description list: a label, then its value.
 *
 * @public
 */
export function FactList(props: { facts: Fact[] }) {
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
