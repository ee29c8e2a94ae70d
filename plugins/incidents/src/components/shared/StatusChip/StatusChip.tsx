import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import LockIcon from '@material-ui/icons/Lock';
import TrendingDownIcon from '@material-ui/icons/TrendingDown';
import WhatshotIcon from '@material-ui/icons/Whatshot';
import { IncidentStatus } from '@incident-response/backstage-plugin-incidents-common';
import { useIncidentPresentation } from '../../../hooks';

const useStyles = makeStyles(theme => ({
  active: {
    borderColor: theme.palette.error.main,
    color: theme.palette.error.main,
  },
  mitigated: {
    borderColor: theme.palette.warning.main,
    color: theme.palette.warning.dark,
  },
  resolved: {
    borderColor: theme.palette.success.main,
    color: theme.palette.success.dark,
  },
  closed: {
    borderColor: theme.palette.text.secondary,
    color: theme.palette.text.secondary,
  },
  icon: { color: 'inherit' },
}));

const STATUS_ICONS = {
  active: WhatshotIcon,
  mitigated: TrendingDownIcon,
  resolved: CheckCircleIcon,
  closed: LockIcon,
};

/** @public */
export type StatusChipProps = { status: IncidentStatus };

/**
 * A status as an outlined chip with its name and an icon of its own, besides the colour.
 *
 * @public
 */
export function StatusChip(props: StatusChipProps) {
  const classes = useStyles();
  const { statusName } = useIncidentPresentation();
  const Icon = STATUS_ICONS[props.status] ?? WhatshotIcon;
  const name = statusName(props.status);
  return (
    <Chip
      size="small"
      variant="outlined"
      className={classes[props.status]}
      icon={<Icon className={classes.icon} fontSize="small" />}
      label={name}
    />
  );
}
