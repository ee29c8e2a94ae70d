import { makeStyles, Theme, Grid, Paper } from '@material-ui/core';

import { CatalogSearchResultListItem } from '@backstage/plugin-catalog';

import { SearchType } from '@backstage/plugin-search';
import {
  SearchBar,
  SearchFilter,
  SearchResult,
  SearchPagination,
  useSearch,
} from '@backstage/plugin-search-react';
import { CatalogIcon, Content, Header, Page } from '@backstage/core-components';
import {
  IncidentSearchResultListItem,
  KnownErrorSearchResultListItem,
  PostmortemSearchResultListItem,
} from '@incident-response/backstage-plugin-incidents';
import AssignmentIcon from '@material-ui/icons/Assignment';
import MenuBookIcon from '@material-ui/icons/MenuBook';
import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import { useEffect } from 'react';

const useStyles = makeStyles((theme: Theme) => ({
  bar: {
    padding: theme.spacing(1, 0),
  },
  filters: {
    padding: theme.spacing(2),
    marginTop: theme.spacing(2),
  },
  filter: {
    '& + &': {
      marginTop: theme.spacing(2.5),
    },
  },
}));

/**
 * The catalog's filters, shown for catalog results only: incidents, known errors and
 * postmortems have no kind or lifecycle, and the search engine leaves out every
 * document type that lacks a filtered field. Leaving the catalog drops them.
 */
const CatalogFilters = () => {
  const classes = useStyles();
  const { types, filters, setFilters } = useSearch();
  const catalog = types.includes('software-catalog');
  const filtered =
    filters.kind !== undefined || filters.lifecycle !== undefined;
  useEffect(() => {
    if (!catalog && filtered) {
      setFilters(({ kind: _kind, lifecycle: _lifecycle, ...others }) => others);
    }
  }, [catalog, filtered, setFilters]);
  if (!catalog) {
    return null;
  }
  return (
    <Paper className={classes.filters}>
      <SearchFilter.Select
        className={classes.filter}
        label="Kind"
        name="kind"
        values={['Component', 'System', 'API', 'Resource', 'Group', 'User']}
      />
      <SearchFilter.Checkbox
        className={classes.filter}
        label="Lifecycle"
        name="lifecycle"
        values={['experimental', 'production']}
      />
    </Paper>
  );
};

const SearchPage = () => {
  const classes = useStyles();

  return (
    <Page themeId="home">
      <Header title="Search" />
      <Content>
        <Grid container direction="row">
          <Grid item xs={12}>
            <Paper className={classes.bar}>
              <SearchBar />
            </Paper>
          </Grid>
          <Grid item xs={3}>
            <SearchType.Accordion
              name="Result Type"
              defaultValue="software-catalog"
              types={[
                {
                  value: 'software-catalog',
                  name: 'Software Catalog',
                  icon: <CatalogIcon />,
                },
                {
                  value: 'incident',
                  name: 'Incidents',
                  icon: <ReportProblemIcon />,
                },
                {
                  value: 'known-error',
                  name: 'Known errors',
                  icon: <MenuBookIcon />,
                },
                {
                  value: 'postmortem',
                  name: 'Postmortems',
                  icon: <AssignmentIcon />,
                },
              ]}
            />
            <CatalogFilters />
          </Grid>
          <Grid item xs={9}>
            <SearchPagination />
            <SearchResult>
              <CatalogSearchResultListItem icon={<CatalogIcon />} />
              <IncidentSearchResultListItem icon={<ReportProblemIcon />} />
              <KnownErrorSearchResultListItem icon={<MenuBookIcon />} />
              <PostmortemSearchResultListItem icon={<AssignmentIcon />} />
            </SearchResult>
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
};

export const searchPage = <SearchPage />;
