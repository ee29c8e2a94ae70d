import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  useActiveIncidents,
  useIncidentsConfig,
  useLanguage,
  useNow,
} from '../../../hooks';
import { formatRelative } from '../../../lib/dates';
import { incidentRouteRef } from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';
import { ErrorNotice, SeverityChip, StatusChip } from '../../shared';

const useStyles = makeStyles(theme => ({
  chips: { display: 'flex', gap: theme.spacing(1), flexShrink: 0 },
  item: { gap: theme.spacing(2) },
}));

/** @public */
export type EntityActiveIncidentsCardProps = {
  /** Where the card's footer link goes, e.g. the entity's Incidents tab (`incidents`). */
  tabPath?: string;
};

/**
 * A small card for an entity's overview page: its active incidents with severity,
 * status and age, kept up to date live.
 *
 * @public
 */
export function EntityActiveIncidentsCard(
  props: EntityActiveIncidentsCardProps,
) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const incidentLink = useRouteRef(incidentRouteRef);
  const language = useLanguage();
  const now = useNow();
  const { config } = useIncidentsConfig();
  const { value, error } = useActiveIncidents(entityRef);

  let content;
  if (error) {
    content = <ErrorNotice title={t('activeCard.loadError')} error={error} />;
  } else if (!value || !config) {
    content = <Progress aria-label={t('common.loading')} />;
  } else if (value.items.length === 0) {
    content = (
      <Typography variant="body2" color="textSecondary">
        {t('activeCard.none')}
      </Typography>
    );
  } else {
    content = (
      <List dense disablePadding>
        {value.items.map(incident => (
          <ListItem key={incident.id} disableGutters className={classes.item}>
            <span className={classes.chips}>
              <SeverityChip
                severity={incident.severity}
                severities={config.severities}
              />
              <StatusChip status={incident.status} />
            </span>
            <ListItemText
              primary={
                <Link to={incidentLink({ id: incident.number })}>
                  {t('common.numbered', {
                    number: incident.number,
                    title: incident.title,
                  })}
                </Link>
              }
              secondary={formatRelative(
                incident.impactStartedAt,
                language,
                now,
              )}
            />
          </ListItem>
        ))}
      </List>
    );
  }

  return (
    <InfoCard
      title={t('activeCard.title')}
      deepLink={
        props.tabPath
          ? { title: t('activeCard.viewAll'), link: props.tabPath }
          : undefined
      }
    >
      {content}
    </InfoCard>
  );
}
