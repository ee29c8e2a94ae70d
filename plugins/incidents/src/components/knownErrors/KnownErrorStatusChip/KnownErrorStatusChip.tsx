import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import ArchiveIcon from '@material-ui/icons/Archive';
import BuildIcon from '@material-ui/icons/Build';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import HourglassEmptyIcon from '@material-ui/icons/HourglassEmpty';
import SearchIcon from '@material-ui/icons/Search';
import { KnownErrorStatus } from '@incident-response/backstage-plugin-incidents-common';
import { useKnownErrorPresentation } from '../useKnownErrorPresentation';

const useStyles = makeStyles(theme => ({
  investigating: {
    borderColor: theme.palette.error.main,
    color: theme.palette.error.main,
  },
  workaround: {
    borderColor: theme.palette.warning.main,
    color: theme.palette.warning.dark,
  },
  'fix-in-progress': {
    borderColor: theme.palette.info.main,
    color: theme.palette.info.dark,
  },
  fixed: {
    borderColor: theme.palette.success.main,
    color: theme.palette.success.dark,
  },
  retired: {
    borderColor: theme.palette.text.secondary,
    color: theme.palette.text.secondary,
  },
  icon: { color: 'inherit' },
}));

const STATUS_ICONS = {
  investigating: SearchIcon,
  workaround: BuildIcon,
  'fix-in-progress': HourglassEmptyIcon,
  fixed: CheckCircleIcon,
  retired: ArchiveIcon,
};

/** @public */
export type KnownErrorStatusChipProps = { status: KnownErrorStatus };

/**
 * A known error's status as an outlined chip with its name in plain words and an icon
 * of its own, besides the colour.
 *
 * @public
 */
export function KnownErrorStatusChip(props: KnownErrorStatusChipProps) {
  const classes = useStyles();
  const { statusName } = useKnownErrorPresentation();
  const Icon = STATUS_ICONS[props.status] ?? SearchIcon;
  return (
    <Chip
      size="small"
      variant="outlined"
      className={classes[props.status]}
      icon={<Icon className={classes.icon} fontSize="small" />}
      label={statusName(props.status)}
    />
  );
}
