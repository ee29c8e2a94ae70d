import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import ArrowBackIcon from '@material-ui/icons/ArrowBack';
import GetAppIcon from '@material-ui/icons/GetApp';
import PlaylistAddIcon from '@material-ui/icons/PlaylistAdd';
import PrintIcon from '@material-ui/icons/Print';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { EmptyState, InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  IncidentDetails,
  IncidentsConfigResponse,
  incidentUpdatePermission,
  Postmortem,
  POSTMORTEM_LIMITS,
  POSTMORTEM_SECTIONS,
  POSTMORTEM_SECTIONS_NEEDED_FOR_REVIEW,
  TimelineEntry,
} from '@incident-response/backstage-plugin-incidents-common';
import { useCallback, useEffect, useState } from 'react';
import { postmortemsApiRef } from '../../../api';
import {
  useAsyncAction,
  useIncidentChanges,
  useIncidentPresentation,
  useKeptValue,
  useLanguage,
  useReloadableAsync,
} from '../../../hooks';
import { formatDateTime } from '../../../lib/dates';
import { downloadText } from '../../../lib/download';
import { incidentsTranslationRef } from '../../../translation';
import {
  DialogButton,
  ErrorNotice,
  FactList,
  MilestonesCard,
} from '../../shared';
import { ActionItemDialog } from '../ActionItemDialog';
import { ActionItemsCard } from '../ActionItemsCard';
import {
  PostmortemDocument,
  postmortemMarkdown,
  usePostmortemDocument,
} from '../PostmortemDocument';
import { PostmortemReview } from '../PostmortemReview';
import { PostmortemSectionEditor } from '../PostmortemSectionEditor';
import { PostmortemTimeline } from '../PostmortemTimeline';
import { PostmortemFacts } from './PostmortemFacts';
import { SaveIndicator } from './SaveIndicator';
import { usePostmortemEditor } from './usePostmortemEditor';

/** @public */
export type PostmortemTabProps = {
  incident: IncidentDetails;
  /** The incident's timeline, which writes the postmortem's entries in the reader's language. */
  timeline: TimelineEntry[];
  config: IncidentsConfigResponse;
};

function PostmortemView(props: {
  incident: IncidentDetails;
  timeline: TimelineEntry[];
  config: IncidentsConfigResponse;
  initial: Postmortem;
  /** The latest postmortem loaded (after someone's change). */
  latest?: Postmortem;
  reload(): void;
}) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const presentation = useIncidentPresentation();
  const documentOf = usePostmortemDocument();
  const api = useApi(postmortemsApiRef);
  const language = useLanguage();
  const { incident, config } = props;
  const { allowed: mayEdit } = usePermission({
    permission: incidentUpdatePermission,
    resourceRef: incident.id,
  });
  const editor = usePostmortemEditor({
    incidentId: incident.id,
    initial: props.initial,
  });
  const { receive } = editor;
  const { latest } = props;
  useEffect(() => {
    if (latest) {
      receive(latest);
    }
  }, [latest, receive]);
  const [printable, setPrintable] = useState(false);
  const start = useAsyncAction();
  const [started, setStarted] = useState(false);

  const { postmortem } = editor;
  const severityName = presentation.severity(
    incident.severity,
    config.severities,
  ).name;
  const editable = mayEdit && postmortem.status === 'draft';
  const notStarted =
    !postmortem.required &&
    postmortem.updatedAt === null &&
    postmortem.status === 'draft' &&
    postmortem.actionItems.length === 0 &&
    !started;
  const changed = (next: Postmortem) => {
    editor.replace(next);
    props.reload();
  };
  const model = () =>
    documentOf(incident, postmortem, config.severities, new Date());

  const blameless = (
    <Alert severity="info" role="note">
      <AlertTitle>{t('postmortems.tab.blamelessTitle')}</AlertTitle>
      {t('postmortems.tab.blameless')}
    </Alert>
  );
  // Null while the severity is to be assessed: nobody knows yet.
  const requirementText =
    postmortem.required === null
      ? t('postmortems.tab.requirementUnknown')
      : t(
          postmortem.required
            ? 'postmortems.tab.required'
            : 'postmortems.tab.optional',
          { severity: severityName },
        );
  const requirement = (
    <Typography variant="body2">{requirementText}</Typography>
  );

  if (notStarted) {
    return (
      <Grid container spacing={3}>
        <Grid item xs={12}>
          {blameless}
        </Grid>
        <Grid item xs={12}>
          <EmptyState
            missing="content"
            title={t('postmortems.tab.notStarted')}
            description={requirementText}
            action={
              mayEdit ? (
                <>
                  <Button
                    variant="contained"
                    color="primary"
                    disabled={start.running !== undefined}
                    onClick={() =>
                      start.run(
                        'start',
                        async () => {
                          changed(
                            await api.updatePostmortem(incident.id, {
                              updatedAt: postmortem.updatedAt,
                            }),
                          );
                          setStarted(true);
                        },
                        message =>
                          t('postmortems.tab.startFailed', { message }),
                      )
                    }
                  >
                    {t('postmortems.tab.start')}
                  </Button>
                  {start.failure && (
                    <Alert severity="error" role="alert">
                      {start.failure}
                    </Alert>
                  )}
                </>
              ) : undefined
            }
          />
        </Grid>
      </Grid>
    );
  }

  if (printable) {
    return (
      <PostmortemDocument
        model={model()}
        actions={
          <>
            <Button
              variant="contained"
              color="primary"
              startIcon={<PrintIcon />}
              onClick={() => window.print()}
            >
              {t('postmortems.export.print')}
            </Button>
            <Button
              variant="outlined"
              startIcon={<ArrowBackIcon />}
              onClick={() => setPrintable(false)}
            >
              {t('postmortems.export.back')}
            </Button>
          </>
        }
      />
    );
  }

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        {blameless}
      </Grid>
      <Grid item xs={12}>
        <InfoCard
          title={t('postmortems.tab.title', { number: incident.number })}
        >
          {requirement}
          <FactList
            facts={[
              {
                label: t('postmortems.tab.owner'),
                value: (
                  <>
                    {postmortem.ownerRef ? (
                      <EntityRefLink
                        entityRef={postmortem.ownerRef}
                        defaultKind="user"
                      />
                    ) : (
                      t('postmortems.tab.noOwner')
                    )}
                    <Typography
                      variant="caption"
                      color="textSecondary"
                      component="div"
                    >
                      {t('postmortems.tab.ownerHelp')}
                    </Typography>
                  </>
                ),
              },
              ...(postmortem.approvedAt && postmortem.approvedBy
                ? [
                    {
                      label: t('postmortems.statuses.approved'),
                      value: t('postmortems.tab.approved', {
                        time: formatDateTime(postmortem.approvedAt, language),
                        user: (
                          <EntityRefLink
                            entityRef={postmortem.approvedBy}
                            defaultKind="user"
                          />
                        ),
                      }),
                    },
                  ]
                : []),
            ]}
          />
          <PostmortemReview
            incidentNumber={incident.number}
            postmortem={postmortem}
            sections={
              Object.fromEntries(
                POSTMORTEM_SECTIONS.map(section => [
                  section,
                  editor.text(section),
                ]),
              ) as Postmortem['sections']
            }
            saveFirst={async () => {
              await editor.flush();
              return editor.allSaved()
                ? undefined
                : t('postmortems.save.pending');
            }}
            onChanged={changed}
          />
          <Box display="flex" flexWrap="wrap" gridGap={8} marginTop={2}>
            <Button
              variant="outlined"
              startIcon={<GetAppIcon />}
              onClick={() =>
                downloadText(
                  t('postmortems.export.fileName', { number: incident.number }),
                  postmortemMarkdown(model()),
                  'text/markdown',
                )
              }
            >
              {t('postmortems.export.markdown')}
            </Button>
            <Button
              variant="outlined"
              startIcon={<PrintIcon />}
              onClick={() => setPrintable(true)}
            >
              {t('postmortems.export.printable')}
            </Button>
          </Box>
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={7} lg={8}>
        <InfoCard
          title={t('postmortems.tab.reportTitle')}
          subheader={
            editable
              ? t('postmortems.tab.reportHelp')
              : t('postmortems.tab.readOnly')
          }
        >
          <Box marginBottom={2} aria-live="polite">
            <SaveIndicator editor={editor} />
          </Box>
          {POSTMORTEM_SECTIONS.map(section => (
            <PostmortemSectionEditor
              key={section}
              section={section}
              text={editor.text(section)}
              editable={editable}
              neededForReview={POSTMORTEM_SECTIONS_NEEDED_FOR_REVIEW.includes(
                section,
              )}
              problem={
                editor.tooLong.includes(section)
                  ? t('validation.tooLong', {
                      max: String(POSTMORTEM_LIMITS.sectionMaxLength),
                    })
                  : undefined
              }
              theirs={editor.theirs(section)}
              onChange={text => editor.edit(section, text)}
            />
          ))}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={5} lg={4}>
        <Grid container spacing={3} direction="column">
          <Grid item>
            <PostmortemFacts incident={incident} config={config} />
          </Grid>
          <Grid item>
            <MilestonesCard incident={incident} />
          </Grid>
          <Grid item>
            <PostmortemTimeline
              entries={postmortem.timeline}
              incidentTimeline={props.timeline}
              severities={config.severities}
              important={editor.important}
              onMark={editable ? editor.mark : undefined}
            />
          </Grid>
        </Grid>
      </Grid>
      <Grid item xs={12}>
        <ActionItemsCard
          title={t('actionItems.table.title')}
          subheader={t('actionItems.table.subheader')}
          items={postmortem.actionItems}
          action={
            <DialogButton
              permission={incidentUpdatePermission}
              resourceRef={incident.id}
              label={t('actionItems.add.button')}
              icon={<PlaylistAddIcon />}
              dialog={close => (
                <ActionItemDialog
                  incident={incident}
                  dueInDays={config.postmortems.actionItemDueInDays}
                  onClose={close}
                  onSaved={() => {
                    close();
                    props.reload();
                  }}
                />
              )}
            />
          }
          onChanged={() => props.reload()}
        />
      </Grid>
      <Grid item xs={12}>
        <Typography variant="caption" color="textSecondary">
          {t('postmortems.tab.liveUpdates')}
        </Typography>
      </Grid>
    </Grid>
  );
}

/**
 * The Postmortem tab of an incident's page: a blameless reminder, whether a postmortem
 * is required (and that closing waits for its approval) or optional (with **Start a
 * postmortem**), the postmortem owner, the review workflow, the facts prefilled from the
 * incident (severity, services and owners, the roles in the response by role, the
 * milestones with TTD and TTR), the ten sections written in Markdown with a preview and
 * saved as the user types (never over someone else's changes), the timeline with its
 * important entries, the action items, a printable view and **Export as Markdown**.
 * Changes made by others appear within seconds (signals).
 *
 * @public
 */
export function PostmortemTab(props: PostmortemTabProps) {
  const api = useApi(postmortemsApiRef);
  const { t } = useTranslationRef(incidentsTranslationRef);
  const incidentId = props.incident.id;
  const load = useReloadableAsync(
    () => api.getPostmortem(incidentId),
    [api, incidentId],
  );
  const [postmortem] = useKeptValue(load.value, incidentId);
  const { reload } = load;
  useIncidentChanges(
    useCallback(signal => signal.incidentId === incidentId, [incidentId]),
    reload,
  );

  if (!postmortem) {
    return load.error ? (
      <ErrorNotice
        title={t('postmortems.tab.loadError')}
        error={load.error}
        onRetry={reload}
      />
    ) : (
      <Progress aria-label={t('common.loading')} />
    );
  }
  return (
    <PostmortemView
      key={incidentId}
      incident={props.incident}
      timeline={props.timeline}
      config={props.config}
      initial={postmortem}
      latest={load.value}
      reload={reload}
    />
  );
}
