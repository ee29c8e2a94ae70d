import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  InfoCard,
  Link,
  Progress,
  TableColumn,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  KnownErrorDetails,
  KnownErrorIncident,
} from '@incident-response/backstage-plugin-incidents-common';
import { useCallback } from 'react';
import { useParams } from 'react-router-dom';
import { knownErrorsApiRef } from '../../../api';
import {
  useIncidentsConfig,
  useKeptValue,
  useKnownErrorChanges,
  useLanguage,
  useReloadableAsync,
} from '../../../hooks';
import { formatDateTime } from '../../../lib/dates';
import { incidentRouteRef, knownErrorsRouteRef } from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';
import {
  ChangeConfirmationProvider,
  ChipRow,
  entityFacts,
  RecordPage,
  ExternalLink,
  FactList,
  RecordErrorPage,
  RelativeTime,
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
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    alignItems: 'flex-end',
    justifyContent: 'space-between',
  },
  // A link has no spaces to break at; it wraps rather than sticking out of the card.
  fixLink: {
    marginBottom: theme.spacing(2),
    overflowWrap: 'anywhere',
  },
}));

/** The known error's texts, in the order a responder needs them. */
const TEXT_SECTIONS = [
  'symptoms',
  'workaround',
  'rootCause',
  'permanentFix',
] as const;

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
      cellStyle: { minWidth: '12em' },
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
  const { knownError } = props;

  return (
    <RecordPage
      number={knownError.number}
      title={knownError.title}
      type={t('knownErrors.listPage.title')}
      typeLink={knownErrorsLink()}
    >
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <InfoCard>
            <ChipRow>
              <KnownErrorStatusChip status={knownError.status} />
            </ChipRow>
            <FactList
              facts={[
                ...entityFacts(knownError, {
                  entities: t('knownErrors.page.services'),
                  owners: t('knownErrors.page.owners'),
                  noOwners: t('knownErrors.page.noOwners'),
                }),
                {
                  label: t('knownErrors.page.recurrence'),
                  value: t('knownErrors.causedIncidents', {
                    count: knownError.incidentCount,
                  }),
                },
                {
                  label: t('knownErrors.page.lastSeen'),
                  value: knownError.lastSeenAt ? (
                    <RelativeTime iso={knownError.lastSeenAt} />
                  ) : (
                    t('knownErrors.page.neverSeen')
                  ),
                },
                {
                  label: t('knownErrors.page.recorded'),
                  value: t('knownErrors.page.recordedBy', {
                    time: formatDateTime(knownError.createdAt, language),
                    user: (
                      <EntityRefLink
                        entityRef={knownError.createdBy}
                        defaultKind="user"
                      />
                    ),
                  }),
                },
              ]}
            />
            {TEXT_SECTIONS.map(field => (
              <TextSection
                key={field}
                title={t(`knownErrors.page.${field}`)}
                content={knownError[field]}
              />
            ))}
            {knownError.fixUrl && (
              <div className={classes.fixLink}>
                <Typography variant="subtitle2" component="h3">
                  {t('knownErrors.page.fixLink')}
                </Typography>
                <ExternalLink href={knownError.fixUrl}>
                  {knownError.fixUrl}
                </ExternalLink>
              </div>
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
    </RecordPage>
  );
}

/** The page of a known error that could not be shown: not found, or why not. */
function KnownErrorErrorPage(props: {
  reference: string;
  error?: unknown;
  onRetry?(): void;
}) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const knownErrorsLink = useRouteRef(knownErrorsRouteRef);
  return (
    <RecordErrorPage
      reference={props.reference}
      type={t('knownErrors.listPage.title')}
      listLink={knownErrorsLink()}
      error={props.error}
      onRetry={props.onRetry}
      loadErrorTitle={t('knownErrors.page.loadError')}
      notFoundTitle={t('knownErrors.page.notFoundTitle', {
        reference: props.reference,
      })}
      notFoundDescription={t('knownErrors.page.notFoundDescription', {
        reference: props.reference,
      })}
      backLabel={t('knownErrors.page.backToList')}
    />
  );
}

/**
 * What a path that names no known error shows: that there is none by that reference,
 * and the way back to the known errors.
 *
 * @public
 */
export function KnownErrorNotFoundPage(props: { reference: string }) {
  return <KnownErrorErrorPage reference={props.reference} />;
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
  const api = useApi(knownErrorsApiRef);
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { id = '' } = useParams();
  const load = useReloadableAsync(() => api.getKnownError(id), [api, id]);
  // Keep showing the last good state while a reload is under way.
  const [knownError] = useKeptValue(load.value, id);

  const knownErrorId = knownError?.id;
  useKnownErrorChanges(
    useCallback(signal => signal.knownErrorId === knownErrorId, [knownErrorId]),
    load.reload,
  );

  const error = !knownError ? load.error : undefined;
  if (error) {
    return (
      <KnownErrorErrorPage reference={id} error={error} onRetry={load.reload} />
    );
  }
  if (!knownError) {
    return <Progress aria-label={t('common.loading')} />;
  }
  return (
    <ChangeConfirmationProvider>
      <KnownErrorView knownError={knownError} onChanged={load.reload} />
    </ChangeConfirmationProvider>
  );
}
