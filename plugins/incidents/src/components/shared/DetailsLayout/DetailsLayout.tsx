import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  Breadcrumbs,
  Content,
  Header,
  Link,
  Page,
} from '@backstage/core-components';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Fragment, ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { incidentsTranslationRef } from '../../../translation';

const useStyles = makeStyles(theme => ({
  trail: {
    marginTop: theme.spacing(1),
    color: theme.page.fontColor,
    '& a': { color: 'inherit', textDecoration: 'underline' },
    '& li > *': { color: 'inherit' },
  },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    alignItems: 'center',
  },
  tabs: {
    gridArea: 'pageSubheader',
    backgroundColor: theme.palette.background.paper,
    paddingLeft: theme.spacing(3),
  },
  tab: {
    ...theme.typography.caption,
    padding: theme.spacing(2, 3),
    textTransform: 'uppercase',
    fontWeight: theme.typography.fontWeightBold as number,
  },
  // Labels take at most 40% of the card, so a long one (French) on a phone still
  // leaves its value room; a value shrinks with the card rather than sticking out.
  facts: {
    display: 'grid',
    gridTemplateColumns: 'fit-content(40%) minmax(0, 1fr)',
    gap: theme.spacing(0.5, 2),
    margin: theme.spacing(2, 0),
    '& dt': { color: theme.palette.text.secondary },
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
}));

/**
 * The page of one record (an incident, a known error): its title, then the list it
 * belongs to as the way back with its number. Backstage's header would repeat the title
 * in its breadcrumb; the number is what people quote, so the trail ends with it.
 *
 * @public
 */
export function RecordPage(props: {
  number: string;
  title: string;
  /** The list's name, e.g. "Incidents". */
  type: string;
  typeLink: string;
  /** Under the header, e.g. {@link RecordTabs}. */
  tabs?: ReactNode;
  children: ReactNode;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  return (
    <Page themeId="tool">
      <Header
        title={props.title}
        subtitle={
          <Breadcrumbs className={classes.trail}>
            <Link to={props.typeLink}>{props.type}</Link>
            <Typography component="span">{props.number}</Typography>
          </Breadcrumbs>
        }
        pageTitleOverride={t('common.numbered', {
          number: props.number,
          title: props.title,
        })}
      />
      {props.tabs}
      <Content>{props.children}</Content>
    </Page>
  );
}

/** One tab of a record's page: its own address. */
export type RecordTab = { id: string; label: string; to: string };

/**
 * The tabs of a record's page, under its header. Each tab is a link to its own address,
 * so a tab can be bookmarked and shared, and the browser's back button goes back a tab.
 *
 * @public
 */
export function RecordTabs(props: {
  /** Names the tab list for screen readers. */
  label: string;
  tabs: RecordTab[];
  selected: string;
}) {
  const classes = useStyles();
  return (
    <div className={classes.tabs}>
      <Tabs
        value={props.selected}
        aria-label={props.label}
        indicatorColor="primary"
        textColor="inherit"
        variant="scrollable"
        scrollButtons="auto"
      >
        {props.tabs.map(tab => (
          <Tab
            key={tab.id}
            value={tab.id}
            label={tab.label}
            className={classes.tab}
            component={RouterLink}
            {...{ to: tab.to }}
          />
        ))}
      </Tabs>
    </div>
  );
}

/**
 * The first line of a details card: the chips that say where the record stands (its
 * number is in the page's header).
 *
 * @public
 */
export function ChipRow(props: { children: ReactNode }) {
  const classes = useStyles();
  return <div className={classes.chips}>{props.children}</div>;
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
