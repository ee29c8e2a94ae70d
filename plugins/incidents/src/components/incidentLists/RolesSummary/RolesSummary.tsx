import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { RoleAssignment } from '@incident-response/backstage-plugin-incidents-common';
import { useIncidentPresentation } from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';

const useStyles = makeStyles(theme => ({
  line: { whiteSpace: 'nowrap' },
  more: { marginLeft: theme.spacing(0.5) },
}));

/** @public */
export type RolesSummaryProps = { roles: RoleAssignment[] };

/**
 * Who leads, in one line of a list: the incident commander, then `+2` when two more
 * response roles are held by someone (named in a tooltip and for screen readers). The
 * reporter is not a response role.
 *
 * @public
 */
export function RolesSummary(props: RolesSummaryProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { roleName } = useIncidentPresentation();
  const commander = props.roles.find(a => a.role === 'incident-commander');
  const others = props.roles
    .filter(a => a.role !== 'incident-commander' && a.role !== 'reporter')
    .map(a => roleName(a.role));
  const more = others.length > 0 && (
    <Tooltip title={others.join(', ')}>
      <Typography
        variant="body2"
        component="span"
        className={classes.more}
        aria-label={t('table.moreRoles', {
          count: others.length,
          roles: others.join(', '),
        })}
      >
        +{others.length}
      </Typography>
    </Tooltip>
  );
  return (
    <span className={classes.line}>
      {commander ? (
        <EntityRefLink entityRef={commander.userRef} defaultKind="user" />
      ) : (
        t('common.notSet')
      )}
      {more}
    </span>
  );
}
