import { Grid } from '@material-ui/core';
import {
  EntityApiDefinitionCard,
  EntityConsumedApisCard,
  EntityConsumingComponentsCard,
  EntityHasApisCard,
  EntityProvidedApisCard,
  EntityProvidingComponentsCard,
} from '@backstage/plugin-api-docs';
import {
  EntityAboutCard,
  EntityDependsOnComponentsCard,
  EntityDependsOnResourcesCard,
  EntityHasComponentsCard,
  EntityHasResourcesCard,
  EntityHasSubcomponentsCard,
  EntityHasSystemsCard,
  EntityLayout,
  EntityLinksCard,
  EntitySwitch,
  EntityOrphanWarning,
  EntityProcessingErrorsPanel,
  isComponentType,
  isKind,
  hasCatalogProcessingErrors,
  isOrphan,
  hasRelationWarnings,
  EntityRelationWarning,
} from '@backstage/plugin-catalog';
import {
  EntityUserProfileCard,
  EntityGroupProfileCard,
  EntityMembersListCard,
  EntityOwnershipCard,
} from '@backstage/plugin-org';
import {
  Direction,
  EntityCatalogGraphCard,
} from '@backstage/plugin-catalog-graph';
import {
  EntityActionItemsContent,
  EntityActiveIncidentsCard,
  EntityIncidentsContent,
  EntityKnownErrorsContent,
  EntityTeamActionItemsContent,
  EntityTeamIncidentsContent,
  isIncidentsAvailable,
} from '@incident-response/backstage-plugin-incidents';
import {
  RELATION_API_CONSUMED_BY,
  RELATION_API_PROVIDED_BY,
  RELATION_CONSUMES_API,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
  RELATION_PART_OF,
  RELATION_PROVIDES_API,
} from '@backstage/catalog-model';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { appTranslationRef } from '../../translation';
import { EntityLayoutInLanguage, entityTab } from './EntityLayoutInLanguage';

// The system's parts and APIs and how they depend on each other, top to bottom.
const SystemDiagramCard = () => {
  const { t } = useTranslationRef(appTranslationRef);
  return (
    <EntityCatalogGraphCard
      direction={Direction.TOP_BOTTOM}
      title={t('systemDiagram')}
      height={700}
      relations={[
        RELATION_PART_OF,
        RELATION_HAS_PART,
        RELATION_API_CONSUMED_BY,
        RELATION_API_PROVIDED_BY,
        RELATION_CONSUMES_API,
        RELATION_PROVIDES_API,
        RELATION_DEPENDENCY_OF,
        RELATION_DEPENDS_ON,
      ]}
      unidirectional={false}
    />
  );
};

const entityWarningContent = (
  <>
    <EntitySwitch>
      <EntitySwitch.Case if={isOrphan}>
        <Grid item xs={12}>
          <EntityOrphanWarning />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>

    <EntitySwitch>
      <EntitySwitch.Case if={hasRelationWarnings}>
        <Grid item xs={12}>
          <EntityRelationWarning />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>

    <EntitySwitch>
      <EntitySwitch.Case if={hasCatalogProcessingErrors}>
        <Grid item xs={12}>
          <EntityProcessingErrorsPanel />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
  </>
);

// Active incidents, on the overview of every entity that can have incidents.
const activeIncidentsCard = (
  <EntitySwitch>
    <EntitySwitch.Case if={isIncidentsAvailable}>
      <Grid item md={6} xs={12}>
        <EntityActiveIncidentsCard tabPath="incidents" />
      </Grid>
    </EntitySwitch.Case>
  </EntitySwitch>
);

// The Incidents tab: active incidents, Declare incident, past incidents.
const incidentsRoute = (
  <EntityLayout.Route
    path="/incidents"
    title={entityTab('incidents')}
    if={isIncidentsAvailable}
  >
    <EntityIncidentsContent />
  </EntityLayout.Route>
);

// The Known errors tab: the entity's known errors and those of what it depends on.
const knownErrorsRoute = (
  <EntityLayout.Route
    path="/known-errors"
    title={entityTab('knownErrors')}
    if={isIncidentsAvailable}
  >
    <EntityKnownErrorsContent />
  </EntityLayout.Route>
);

// The Action items tab: the action items of the postmortems of incidents on the entity.
const actionItemsRoute = (
  <EntityLayout.Route
    path="/action-items"
    title={entityTab('actionItems')}
    if={isIncidentsAvailable}
  >
    <EntityActionItemsContent />
  </EntityLayout.Route>
);

const overviewContent = (
  <Grid container spacing={3} alignItems="stretch">
    {entityWarningContent}
    {activeIncidentsCard}
    <Grid item md={6}>
      <EntityAboutCard />
    </Grid>
    <Grid item md={6} xs={12}>
      <EntityCatalogGraphCard height={400} />
    </Grid>

    <Grid item md={4} xs={12}>
      <EntityLinksCard />
    </Grid>
    <Grid item md={8} xs={12}>
      <EntityHasSubcomponentsCard />
    </Grid>
  </Grid>
);

const serviceEntityPage = (
  <EntityLayoutInLanguage>
    <EntityLayout.Route path="/" title={entityTab('overview')}>
      {overviewContent}
    </EntityLayout.Route>

    {incidentsRoute}
    {knownErrorsRoute}
    {actionItemsRoute}

    <EntityLayout.Route path="/api" title={entityTab('api')}>
      <Grid container spacing={3} alignItems="stretch">
        <Grid item md={6}>
          <EntityProvidedApisCard />
        </Grid>
        <Grid item md={6}>
          <EntityConsumedApisCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>

    <EntityLayout.Route path="/dependencies" title={entityTab('dependencies')}>
      <Grid container spacing={3} alignItems="stretch">
        <Grid item md={6}>
          <EntityDependsOnComponentsCard />
        </Grid>
        <Grid item md={6}>
          <EntityDependsOnResourcesCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
  </EntityLayoutInLanguage>
);

const websiteEntityPage = (
  <EntityLayoutInLanguage>
    <EntityLayout.Route path="/" title={entityTab('overview')}>
      {overviewContent}
    </EntityLayout.Route>

    {incidentsRoute}
    {knownErrorsRoute}
    {actionItemsRoute}

    <EntityLayout.Route path="/dependencies" title={entityTab('dependencies')}>
      <Grid container spacing={3} alignItems="stretch">
        <Grid item md={6}>
          <EntityDependsOnComponentsCard />
        </Grid>
        <Grid item md={6}>
          <EntityDependsOnResourcesCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
  </EntityLayoutInLanguage>
);

/**
 * NOTE: This page is designed to work on small screens such as mobile devices.
 * This is based on Material UI Grid. If breakpoints are used, each grid item must set the `xs` prop to a column size or to `true`,
 * since this does not default. If no breakpoints are used, the items will equitably share the available space.
 * https://material-ui.com/components/grid/#basic-grid.
 */

const defaultEntityPage = (
  <EntityLayoutInLanguage>
    <EntityLayout.Route path="/" title={entityTab('overview')}>
      {overviewContent}
    </EntityLayout.Route>

    {incidentsRoute}
    {knownErrorsRoute}
    {actionItemsRoute}
  </EntityLayoutInLanguage>
);

const componentPage = (
  <EntitySwitch>
    <EntitySwitch.Case if={isComponentType('service')}>
      {serviceEntityPage}
    </EntitySwitch.Case>

    <EntitySwitch.Case if={isComponentType('website')}>
      {websiteEntityPage}
    </EntitySwitch.Case>

    <EntitySwitch.Case>{defaultEntityPage}</EntitySwitch.Case>
  </EntitySwitch>
);

const apiPage = (
  <EntityLayoutInLanguage>
    <EntityLayout.Route path="/" title={entityTab('overview')}>
      <Grid container spacing={3}>
        {entityWarningContent}
        {activeIncidentsCard}
        <Grid item md={6}>
          <EntityAboutCard />
        </Grid>
        <Grid item md={6} xs={12}>
          <EntityCatalogGraphCard height={400} />
        </Grid>
        <Grid item md={4} xs={12}>
          <EntityLinksCard />
        </Grid>
        <Grid container item md={12}>
          <Grid item md={6}>
            <EntityProvidingComponentsCard />
          </Grid>
          <Grid item md={6}>
            <EntityConsumingComponentsCard />
          </Grid>
        </Grid>
      </Grid>
    </EntityLayout.Route>

    {incidentsRoute}
    {knownErrorsRoute}
    {actionItemsRoute}

    <EntityLayout.Route path="/definition" title={entityTab('definition')}>
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <EntityApiDefinitionCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
  </EntityLayoutInLanguage>
);

const userPage = (
  <EntityLayoutInLanguage>
    <EntityLayout.Route path="/" title={entityTab('overview')}>
      <Grid container spacing={3}>
        {entityWarningContent}
        <Grid item xs={12} md={6}>
          <EntityUserProfileCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityOwnershipCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
  </EntityLayoutInLanguage>
);

const groupPage = (
  <EntityLayoutInLanguage>
    <EntityLayout.Route path="/" title={entityTab('overview')}>
      <Grid container spacing={3}>
        {entityWarningContent}
        <Grid item xs={12} md={6}>
          <EntityGroupProfileCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityOwnershipCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityMembersListCard />
        </Grid>
        <Grid item xs={12} md={6}>
          <EntityLinksCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>

    {/* The team's active incidents, its TTD/TTR across what it owns, its action-item SLO. */}
    <EntityLayout.Route path="/incidents" title={entityTab('incidents')}>
      <EntityTeamIncidentsContent />
    </EntityLayout.Route>

    {/* The action items the team owns, overdue first, and its action-item SLO. */}
    <EntityLayout.Route path="/action-items" title={entityTab('actionItems')}>
      <EntityTeamActionItemsContent />
    </EntityLayout.Route>
  </EntityLayoutInLanguage>
);

const systemPage = (
  <EntityLayoutInLanguage>
    <EntityLayout.Route path="/" title={entityTab('overview')}>
      <Grid container spacing={3} alignItems="stretch">
        {entityWarningContent}
        {activeIncidentsCard}
        <Grid item md={6}>
          <EntityAboutCard />
        </Grid>
        <Grid item md={6} xs={12}>
          <EntityCatalogGraphCard height={400} />
        </Grid>
        <Grid item md={4} xs={12}>
          <EntityLinksCard />
        </Grid>
        <Grid item md={8}>
          <EntityHasComponentsCard />
        </Grid>
        <Grid item md={6}>
          <EntityHasApisCard />
        </Grid>
        <Grid item md={6}>
          <EntityHasResourcesCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>

    {incidentsRoute}
    {knownErrorsRoute}
    {actionItemsRoute}
    <EntityLayout.Route path="/diagram" title={entityTab('diagram')}>
      <SystemDiagramCard />
    </EntityLayout.Route>
  </EntityLayoutInLanguage>
);

const domainPage = (
  <EntityLayoutInLanguage>
    <EntityLayout.Route path="/" title={entityTab('overview')}>
      <Grid container spacing={3} alignItems="stretch">
        {entityWarningContent}
        <Grid item md={6}>
          <EntityAboutCard />
        </Grid>
        <Grid item md={6} xs={12}>
          <EntityCatalogGraphCard height={400} />
        </Grid>
        <Grid item md={6}>
          <EntityHasSystemsCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
  </EntityLayoutInLanguage>
);

export const entityPage = (
  <EntitySwitch>
    <EntitySwitch.Case if={isKind('component')} children={componentPage} />
    <EntitySwitch.Case if={isKind('api')} children={apiPage} />
    <EntitySwitch.Case if={isKind('group')} children={groupPage} />
    <EntitySwitch.Case if={isKind('user')} children={userPage} />
    <EntitySwitch.Case if={isKind('system')} children={systemPage} />
    <EntitySwitch.Case if={isKind('domain')} children={domainPage} />

    <EntitySwitch.Case>{defaultEntityPage}</EntitySwitch.Case>
  </EntitySwitch>
);
