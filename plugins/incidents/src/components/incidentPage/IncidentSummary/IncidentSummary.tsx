import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import HistoryIcon from '@material-ui/icons/History';
import SchoolIcon from '@material-ui/icons/School';
import SecurityIcon from '@material-ui/icons/Security';
import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  IncidentDetails,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import { incidentsTranslationRef } from '../../../translation';
import {
  entityFacts,
  FactList,
  SafeMarkdown,
  SeverityChip,
  StatusChip,
} from '../../shared';
import { isWorkspaceNotSetUp, WorkspaceQuickLinks } from '../../workspace';
import { EditIncidentButton } from '../EditIncidentDialog';
import { StatusActions } from '../StatusActions';
import { SeverityAssessmentReminder } from '../SeverityAssessmentReminder';
import { IncidentDuration } from './IncidentDuration';
import { RolesAtAGlance } from './RolesAtAGlance';

const useStyles = makeStyles(theme => ({
  state: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    alignItems: 'center',
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    alignItems: 'center',
    marginTop: theme.spacing(2),
  },
  facts: { '& dl': { margin: 0 } },
  reminder: { '&:not(:empty)': { marginBottom: theme.spacing(2) } },
}));

/** @public */
export type IncidentSummaryProps = {
  incident: IncidentDetails;
  severities: SeverityDefinition[];
  onChanged(incident?: IncidentDetails): void;
};

/**
 * The top of an incident's page, what a responder needs first: a reminder to assess the
 * severity while it is unknown; severity, status and how long it has been going on; the status actions next to the channel, Meet and document
 * links; what is affected and who leads the response; then the summary and impact.
 * The number and title are the page's header, so they are not repeated here.
 *
 * @public
 */
export function IncidentSummary(props: IncidentSummaryProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { incident, severities } = props;
  // Links are buttons next to the actions; "not set up" is a fact among the others.
  const workspaceNotSetUp = isWorkspaceNotSetUp(incident.steps);
  return (
    <InfoCard>
      <section
        aria-label={t('incidentPage.summaryLabel')}
        // Where focus goes when a change removed the button that had it.
        data-focus-fallback
        tabIndex={-1}
      >
        <div className={classes.reminder}>
          <SeverityAssessmentReminder
            incident={incident}
            severities={severities}
            onChanged={props.onChanged}
          />
        </div>
        <Grid container spacing={2}>
          <Grid item xs={12} md={6}>
            <div className={classes.state}>
              <SeverityChip
                severity={incident.severity}
                severities={severities}
              />
              <StatusChip status={incident.status} />
              {incident.mode === 'retrospective' && (
                <Chip
                  size="small"
                  variant="outlined"
                  icon={<HistoryIcon fontSize="small" />}
                  label={t('modes.retrospective')}
                />
              )}
              {incident.security && (
                <Chip
                  size="small"
                  color="secondary"
                  icon={<SecurityIcon fontSize="small" />}
                  label={t('flags.security')}
                />
              )}
              {incident.drill && (
                <Chip
                  size="small"
                  variant="outlined"
                  icon={<SchoolIcon fontSize="small" />}
                  label={t('flags.drill')}
                />
              )}
              <IncidentDuration incident={incident} />
            </div>
            <div className={classes.actions}>
              <StatusActions incident={incident} onChanged={props.onChanged} />
              <EditIncidentButton
                incident={incident}
                severities={severities}
                onChanged={props.onChanged}
              />
              {!workspaceNotSetUp && (
                <WorkspaceQuickLinks steps={incident.steps} />
              )}
            </div>
            {(['summary', 'impact', 'description'] as const).map(
              field =>
                incident[field] && (
                  <Box marginTop={2} key={field}>
                    <Typography variant="subtitle2" component="h2">
                      {t(`incidentPage.${field}`)}
                    </Typography>
                    <SafeMarkdown content={incident[field]!} />
                  </Box>
                ),
            )}
          </Grid>
          <Grid item xs={12} md={6} className={classes.facts}>
            <FactList
              facts={[
                {
                  label: t('incidentPage.leads'),
                  value: <RolesAtAGlance incident={incident} />,
                },
                ...entityFacts(incident, {
                  entities: t('incidentPage.affected'),
                  owners: t('incidentPage.owners'),
                  noOwners: t('incidentPage.noOwners'),
                }),
                {
                  label: t('roles.reporter.name'),
                  value: (
                    <EntityRefLink
                      entityRef={incident.reporterRef}
                      defaultKind="user"
                    />
                  ),
                },
                ...(workspaceNotSetUp
                  ? [
                      {
                        label: t('workspace.title'),
                        value: <WorkspaceQuickLinks steps={incident.steps} />,
                      },
                    ]
                  : []),
              ]}
            />
          </Grid>
        </Grid>
      </section>
    </InfoCard>
  );
}
