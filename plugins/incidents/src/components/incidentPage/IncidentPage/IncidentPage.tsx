import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  IncidentDetails,
  IncidentsConfigResponse,
  TimelineEntry,
  WorkspaceStep,
} from '@incident-response/backstage-plugin-incidents-common';
import { useCallback } from 'react';
import { useParams } from 'react-router-dom';
import { incidentsApiRef } from '../../../api';
import {
  useIncidentChanges,
  useIncidentsConfig,
  useKeptValue,
  useReloadableAsync,
} from '../../../hooks';
import {
  incidentPostmortemRouteRef,
  incidentRouteRef,
  rootRouteRef,
} from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';
import { IncidentKnownErrorsPanel } from '../../knownErrors';
import { PostmortemTab } from '../../postmortems';
import {
  ChangeConfirmationProvider,
  RecordPage,
  MilestonesCard,
  RecordErrorPage,
  RecordTabs,
} from '../../shared';
import { Timeline, TimelineEntryForm } from '../../timeline';
import { useWorkspaceStepsPolling, WorkspacePanel } from '../../workspace';
import { IncidentSummary } from '../IncidentSummary';
import { RolesPanel } from '../RolesPanel';

const useStyles = makeStyles(theme => ({
  timelineForm: { marginBottom: theme.spacing(3) },
}));

const NO_STEPS: WorkspaceStep[] = [];

type IncidentWithTimeline = {
  incident: IncidentDetails;
  timeline: TimelineEntry[];
};

/** The tabs of an incident's page. */
export type IncidentPageTab = 'overview' | 'postmortem';

function IncidentView(props: {
  data: IncidentWithTimeline;
  config: IncidentsConfigResponse;
  tab: IncidentPageTab;
  onChanged(incident?: IncidentDetails): void;
}) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const incidentsLink = useRouteRef(rootRouteRef);
  const incidentLink = useRouteRef(incidentRouteRef);
  const postmortemLink = useRouteRef(incidentPostmortemRouteRef);
  const { incident, timeline } = props.data;

  return (
    <RecordPage
      number={incident.number}
      title={incident.title}
      type={t('incidentsPage.title')}
      typeLink={incidentsLink()}
      tabs={
        <RecordTabs
          label={t('postmortems.tab.tabsLabel', { number: incident.number })}
          selected={props.tab}
          tabs={[
            {
              id: 'overview',
              label: t('postmortems.tab.overview'),
              to: incidentLink({ id: incident.number }),
            },
            {
              id: 'postmortem',
              label: t('postmortems.tab.postmortem'),
              to: postmortemLink({ id: incident.number }),
            },
          ]}
        />
      }
    >
      {props.tab === 'postmortem' ? (
        <PostmortemTab
          incident={incident}
          timeline={timeline}
          config={props.config}
        />
      ) : (
        <IncidentOverview {...props} />
      )}
    </RecordPage>
  );
}

/**
 * The Overview tab. The first screen holds what a responder needs: where the incident
 * stands and its actions and links, who leads, the newest timeline entries and the
 * roles; the known errors, milestones and workspace steps follow.
 */
function IncidentOverview(props: {
  data: IncidentWithTimeline;
  config: IncidentsConfigResponse;
  onChanged(incident?: IncidentDetails): void;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { incident, timeline } = props.data;
  const { severities } = props.config;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <IncidentSummary
          incident={incident}
          severities={severities}
          onChanged={props.onChanged}
        />
      </Grid>
      <Grid item xs={12} md={7} lg={8}>
        <InfoCard title={t('timeline.title')}>
          <div className={classes.timelineForm}>
            <TimelineEntryForm
              incident={incident}
              severities={severities}
              onAdded={() => props.onChanged()}
            />
          </div>
          <Timeline entries={timeline} severities={severities} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={5} lg={4}>
        <Grid container spacing={3} direction="column">
          <Grid item>
            <RolesPanel incident={incident} onChanged={props.onChanged} />
          </Grid>
          <Grid item>
            <MilestonesCard incident={incident} />
          </Grid>
          <Grid item>
            <IncidentKnownErrorsPanel
              incident={incident}
              timeline={timeline}
              onChanged={props.onChanged}
            />
          </Grid>
          <Grid item>
            <WorkspacePanel incident={incident} onChanged={props.onChanged} />
          </Grid>
        </Grid>
      </Grid>
      <Grid item xs={12}>
        <Typography variant="caption" color="textSecondary">
          {t('incidentPage.liveUpdates')}
        </Typography>
      </Grid>
    </Grid>
  );
}

/**
 * The page of an incident that could not be shown: a not-found page with the way back
 * to the incidents when there is none by that reference (or the user may not see it),
 * otherwise why it could not be loaded.
 */
function IncidentErrorPage(props: {
  reference: string;
  error?: unknown;
  onRetry?(): void;
}) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const incidentsLink = useRouteRef(rootRouteRef);
  return (
    <RecordErrorPage
      reference={props.reference}
      type={t('incidentsPage.title')}
      listLink={incidentsLink()}
      error={props.error}
      onRetry={props.onRetry}
      loadErrorTitle={t('incidentPage.loadError')}
      notFoundTitle={t('incidentPage.notFoundTitle', {
        reference: props.reference,
      })}
      notFoundDescription={t('incidentPage.notFoundDescription', {
        reference: props.reference,
      })}
      backLabel={t('incidentPage.backToList')}
    />
  );
}

/**
 * What a path that names no incident shows under the incidents page: that there is no
 * incident by that reference, and the way back to the incidents, without asking the
 * backend.
 *
 * @public
 */
export function IncidentNotFoundPage(props: { reference: string }) {
  return <IncidentErrorPage reference={props.reference} />;
}

/**
 * One incident's page, at `/incidents/:id` where `id` is the incident's id or its number
 * (`INC-42`): header with the Slack channel, Meet and postmortem links, status actions,
 * the workspace steps, roles, milestones and the timeline. Its Postmortem tab, at
 * `/incidents/:id/postmortem`, holds the blameless postmortem and its action items.
 * Changes made by others, and the outcome of each workspace step, appear within seconds
 * (signals).
 *
 * @public
 */
export function IncidentPage(props: { tab?: IncidentPageTab } = {}) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const api = useApi(incidentsApiRef);
  const { id = '' } = useParams();
  const { config, error: configError } = useIncidentsConfig();
  const load = useReloadableAsync(async () => {
    const incident = await api.getIncident(id);
    const { items } = await api.getTimeline(incident.id);
    return { incident, timeline: items };
  }, [api, id]);
  // Keep showing the last good state while a reload is under way.
  const [data, setData] = useKeptValue(load.value, id);

  const incidentId = data?.incident.id;
  const { reload } = load;
  useIncidentChanges(
    useCallback(signal => signal.incidentId === incidentId, [incidentId]),
    reload,
  );
  useWorkspaceStepsPolling(data?.incident.steps ?? NO_STEPS, reload);

  // An unknown incident is not found whatever became of the configuration.
  const error = !data ? load.error ?? configError : configError;
  if (error) {
    return (
      <IncidentErrorPage
        reference={id}
        error={error}
        onRetry={error === load.error ? reload : undefined}
      />
    );
  }
  if (!data || !config) {
    return <Progress aria-label={t('common.loading')} />;
  }
  return (
    <ChangeConfirmationProvider>
      <IncidentView
        data={data}
        config={config}
        tab={props.tab ?? 'overview'}
        onChanged={incident => {
          if (incident) {
            setData(current => (current ? { ...current, incident } : current));
          }
          // The change also wrote timeline entries; read them back.
          reload();
        }}
      />
    </ChangeConfirmationProvider>
  );
}
