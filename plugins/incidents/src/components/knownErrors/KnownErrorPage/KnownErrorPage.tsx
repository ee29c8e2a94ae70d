import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  Content,
  EmptyState,
  Header,
  InfoCard,
  Link,
  LinkButton,
  Page,
  Progress,
  ResponseErrorPanel,
  TableColumn,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ResponseError } from '@backstage/errors';
import { EntityRefLink, EntityRefLinks } from '@backstage/plugin-catalog-react';
import {
  KnownErrorDetails,
  KnownErrorIncident,
} from '@incident-response/backstage-plugin-incidents-common';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { knownErrorsApiRef } from '../../../api';
import {
  useIncidentsConfig,
  useKnownErrorChanges,
  useLanguage,
  useNow,
  useReloadableAsync,
} from '../../../hooks';
import { formatDateTime, formatRelative } from '../../../lib/dates';
import { incidentRouteRef, knownErrorsRouteRef } from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';
import {
  ExternalLink,
  SafeMarkdown,
  SeverityChip,
  StatusChip,
  TableCard,
} from '../../shared';
import { EditKnownErrorButton } from '../KnownErrorDialog';
import { KnownErrorStatusChip } from '../KnownErrorStatusChip';
import { KnownErrorHistory } from './KnownErrorHistory';
import { KnownErrorStatusActions } from './KnownErrorStatusActions';

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
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    alignItems: 'flex-end',
    justifyContent: 'space-between',
  },
}));

/** The incidents a known error caused, newest first, linking to their pages. */
function CausedIncidents(props: { incidents: KnownErrorIncident[] }) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const incidentLink = useRouteRef(incidentRouteRef);
  const { config } = useIncidentsConfig();
  const language = useLanguage();
  const link = (incident: KnownErrorIncident, text: string) => (
    <Link to={incidentLink({ id: incident.number })}>{text}</Link>
  );
  const columns: TableColumn<KnownErrorIncident>[] = [
    {
      title: t('table.number'),
      field: 'number',
      width: '7em',
      render: incident => link(incident, incident.number),
    },
    {
      title: t('table.title'),
      field: 'title',
      render: incident => link(incident, incident.title),
    },
    {
      title: t('table.severity'),
      field: 'severity',
      render: incident => (
        <SeverityChip
          severity={incident.severity}
          severities={config?.severities ?? []}
        />
      ),
    },
    {
      title: t('table.status'),
      field: 'status',
      render: incident => <StatusChip status={incident.status} />,
    },
    {
      title: t('knownErrors.page.declared'),
      field: 'declaredAt',
      render: incident => formatDateTime(incident.declaredAt, language),
    },
  ];
  return (
    <TableCard<KnownErrorIncident>
      title={t('knownErrors.page.incidentsTitle')}
      subheader={t('knownErrors.page.incidentsSubheader')}
      columns={columns}
      rows={props.incidents}
      emptyContent={t('knownErrors.page.incidentsEmpty')}
    />
  );
}

/** One of the known error's texts under its heading, or "Not recorded yet." */
function TextSection(props: { title: string; content: string | null }) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  return (
    <Box marginBottom={2}>
      <Typography variant="subtitle2" component="h3">
        {props.title}
      </Typography>
      {props.content ? (
        <SafeMarkdown content={props.content} />
      ) : (
        <Typography variant="body2" color="textSecondary">
          {t('knownErrors.page.notRecorded')}
        </Typography>
      )}
    </Box>
  );
}

function KnownErrorView(props: {
  knownError: KnownErrorDetails;
  onChanged(): void;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const knownErrorsLink = useRouteRef(knownErrorsRouteRef);
  const language = useLanguage();
  const now = useNow();
  const { knownError } = props;

  return (
    <Page themeId="tool">
      <Header
        title={knownError.title}
        subtitle={knownError.number}
        type={t('knownErrors.listPage.title')}
        typeLink={knownErrorsLink()}
        pageTitleOverride={`${knownError.number}: ${knownError.title}`}
      />
      <Content>
        <Grid container spacing={3}>
          <Grid item xs={12}>
            <InfoCard>
              <div className={classes.chips}>
                <Typography variant="h6" component="h2">
                  {knownError.number}
                </Typography>
                <KnownErrorStatusChip status={knownError.status} />
              </div>
              <dl className={classes.facts}>
                <dt>{t('knownErrors.page.services')}</dt>
                <dd>
                  <EntityRefLinks entityRefs={knownError.entityRefs} />
                </dd>
                <dt>{t('knownErrors.page.owners')}</dt>
                <dd>
                  {knownError.ownerRefs.length > 0 ? (
                    <EntityRefLinks
                      entityRefs={knownError.ownerRefs}
                      defaultKind="group"
                    />
                  ) : (
                    t('knownErrors.page.noOwners')
                  )}
                </dd>
                <dt>{t('knownErrors.page.recurrence')}</dt>
                <dd>
                  {t('knownErrors.causedIncidents', {
                    count: knownError.incidentCount,
                  })}
                </dd>
                <dt>{t('knownErrors.page.lastSeen')}</dt>
                <dd>
                  {knownError.lastSeenAt
                    ? `${formatRelative(
                        knownError.lastSeenAt,
                        language,
                        now,
                      )} (${formatDateTime(knownError.lastSeenAt, language)})`
                    : t('knownErrors.page.neverSeen')}
                </dd>
                <dt>{t('knownErrors.page.recorded')}</dt>
                <dd>
                  {t('knownErrors.page.recordedBy', {
                    time: formatDateTime(knownError.createdAt, language),
                    user: (
                      <EntityRefLink
                        entityRef={knownError.createdBy}
                        defaultKind="user"
                      />
                    ),
                  })}
                </dd>
              </dl>
              <TextSection
                title={t('knownErrors.page.symptoms')}
                content={knownError.symptoms}
              />
              <TextSection
                title={t('knownErrors.page.workaround')}
                content={knownError.workaround}
              />
              <TextSection
                title={t('knownErrors.page.rootCause')}
                content={knownError.rootCause}
              />
              <TextSection
                title={t('knownErrors.page.permanentFix')}
                content={knownError.permanentFix}
              />
              {knownError.fixUrl && (
                <Box marginBottom={2}>
                  <Typography variant="subtitle2" component="h3">
                    {t('knownErrors.page.fixLink')}
                  </Typography>
                  <ExternalLink href={knownError.fixUrl}>
                    {knownError.fixUrl}
                  </ExternalLink>
                </Box>
              )}
              <div className={classes.actions}>
                <KnownErrorStatusActions
                  knownError={knownError}
                  onChanged={props.onChanged}
                />
                <EditKnownErrorButton
                  knownError={knownError}
                  onChanged={props.onChanged}
                />
              </div>
            </InfoCard>
          </Grid>
          <Grid item xs={12} md={7}>
            <CausedIncidents incidents={knownError.incidents} />
          </Grid>
          <Grid item xs={12} md={5}>
            <InfoCard
              title={t('knownErrors.page.historyTitle')}
              subheader={t('timeline.newestFirst')}
            >
              <KnownErrorHistory history={knownError.history} />
            </InfoCard>
          </Grid>
          <Grid item xs={12}>
            <Typography variant="caption" color="textSecondary">
              {t('knownErrors.page.liveUpdates')}
            </Typography>
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
}

function isNotFound(error: Error): boolean {
  return error instanceof ResponseError
    ? error.statusCode === 404
    : error.name === 'NotFoundError';
}

/**
 * What a path that names no known error shows: that there is none by that reference,
 * and the way back to the known errors.
 *
 * @public
 */
export function KnownErrorNotFoundPage(props: { reference: string }) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const knownErrorsLink = useRouteRef(knownErrorsRouteRef);
  return (
    <Page themeId="tool">
      <Header
        title={props.reference}
        type={t('knownErrors.listPage.title')}
        typeLink={knownErrorsLink()}
      />
      <Content>
        <EmptyState
          missing="info"
          title={t('knownErrors.page.notFoundTitle', {
            reference: props.reference,
          })}
          description={t('knownErrors.page.notFoundDescription', {
            reference: props.reference,
          })}
          action={
            <LinkButton
              to={knownErrorsLink()}
              variant="contained"
              color="primary"
            >
              {t('knownErrors.page.backToList')}
            </LinkButton>
          }
        />
      </Content>
    </Page>
  );
}

/**
 * One known error's page, at `/known-errors/:id` where `id` is its id or its number
 * (`KE-7`): every field (Markdown rendered safely), its services and owners, the
 * incidents it caused, its history, **Edit** and the status changes. Changes made by
 * others appear within seconds (signals).
 *
 * @public
 */
export function KnownErrorPage() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const api = useApi(knownErrorsApiRef);
  const { id = '' } = useParams();
  const [knownError, setKnownError] = useState<KnownErrorDetails>();

  const load = useReloadableAsync(() => api.getKnownError(id), [api, id]);
  // Keep showing the last good state while a reload is under way.
  useEffect(() => {
    if (load.value) {
      setKnownError(load.value);
    }
  }, [load.value]);
  useEffect(() => setKnownError(undefined), [id]);

  const knownErrorId = knownError?.id;
  useKnownErrorChanges(
    useCallback(signal => signal.knownErrorId === knownErrorId, [knownErrorId]),
    load.reload,
  );

  const error = !knownError ? load.error : undefined;
  if (error && isNotFound(error)) {
    return <KnownErrorNotFoundPage reference={id} />;
  }
  if (error) {
    return (
      <Page themeId="tool">
        <Header title={id} type={t('knownErrors.listPage.title')} />
        <Content>
          <ResponseErrorPanel
            title={t('knownErrors.page.loadError')}
            error={error}
          />
        </Content>
      </Page>
    );
  }
  if (!knownError) {
    return <Progress />;
  }
  return <KnownErrorView knownError={knownError} onChanged={load.reload} />;
}
