import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { RoleAssignment } from '@incident-response/backstage-plugin-incidents-common';
import { useIncidentPresentation } from '../../../hooks';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
});

/** @public */
export type RolesSummaryProps = { roles: RoleAssignment[] };

/**
 * Who holds which role, one entry per person: `Guest Responder` with `Incident
 * commander, Operations lead` under the name. The incident commander also holds every role not listed.
 *
 * @public
 */
export function RolesSummary(props: RolesSummaryProps) {
  const classes = useStyles();
  const { roleName } = useIncidentPresentation();
  const byUser = new Map<string, string[]>();
  for (const assignment of props.roles) {
    byUser.set(assignment.userRef, [
      ...(byUser.get(assignment.userRef) ?? []),
      roleName(assignment.role),
    ]);
  }
  return (
    <ul className={classes.list}>
      {[...byUser.entries()].map(([userRef, roles]) => (
        <li key={userRef}>
          <EntityRefLink entityRef={userRef} defaultKind="user" />
          <Typography variant="caption" display="block" color="textSecondary">
            {roles.join(', ')}
          </Typography>
        </li>
      ))}
    </ul>
  );
}
