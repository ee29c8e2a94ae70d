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
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { appTranslationRef } from '../../translation';

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
  const { t } = useTranslationRef(appTranslationRef);
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
        label={t('searchPage.kind')}
        name="kind"
        values={['Component', 'System', 'API', 'Resource', 'Group', 'User']}
      />
      <SearchFilter.Checkbox
        className={classes.filter}
        label={t('searchPage.lifecycle')}
        name="lifecycle"
        values={['experimental', 'production']}
      />
    </Paper>
  );
};

const SearchPage = () => {
  const classes = useStyles();
  const { t } = useTranslationRef(appTranslationRef);

  return (
    <Page themeId="home">
      <Header title={t('searchPage.title')} />
      <Content>
        <Grid container direction="row">
          <Grid item xs={12}>
            <Paper className={classes.bar}>
              <SearchBar />
            </Paper>
          </Grid>
          <Grid item xs={3}>
            <SearchType.Accordion
              name={t('searchPage.resultType')}
              defaultValue="software-catalog"
              types={[
                {
                  value: 'software-catalog',
                  name: t('searchPage.softwareCatalog'),
                  icon: <CatalogIcon />,
                },
                {
                  value: 'incident',
                  name: t('searchPage.incidents'),
                  icon: <ReportProblemIcon />,
                },
                {
                  value: 'known-error',
                  name: t('searchPage.knownErrors'),
                  icon: <MenuBookIcon />,
                },
                {
                  value: 'postmortem',
                  name: t('searchPage.postmortems'),
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
