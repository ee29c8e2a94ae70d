import { makeStyles } from '@material-ui/core/styles';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  INCIDENT_ROLES,
  Incident,
  roleHolder,
} from '@incident-response/backstage-plugin-incidents-common';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useIncidentPresentation } from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    '& li + li': { marginTop: theme.spacing(0.5) },
  },
}));

/**
 * Who leads the response: the incident commander, then each role someone else holds.
 * The reporter has a line of its own; the roles card further down has the rest
 * (handoff notes, history, assigning).
 */
export function RolesAtAGlance(props: { incident: Pick<Incident, 'roles'> }) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const presentation = useIncidentPresentation();
  const held = INCIDENT_ROLES.filter(role => role !== 'reporter')
    .map(role => ({
      role,
      holder: roleHolder(props.incident, role),
    }))
    .filter(
      ({ role, holder }) =>
        holder.userRef && (holder.explicit || role === 'incident-commander'),
    );
  if (held.length === 0) {
    return <>{t('common.notSet')}</>;
  }
  return (
    <ul className={classes.list}>
      {held.map(({ role, holder }) => (
        <li key={role}>
          {t('incidentPage.roleHeldBy', {
            role: presentation.roleName(role),
            user: (
              <EntityRefLink entityRef={holder.userRef!} defaultKind="user" />
            ),
          })}
        </li>
      ))}
    </ul>
  );
}
