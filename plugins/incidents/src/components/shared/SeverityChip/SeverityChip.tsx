import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles } from '@material-ui/core/styles';
import ErrorIcon from '@material-ui/icons/Error';
import HelpOutlineIcon from '@material-ui/icons/HelpOutline';
import InfoIcon from '@material-ui/icons/Info';
import WarningIcon from '@material-ui/icons/Warning';
import { SeverityDefinition } from '@incident-response/backstage-plugin-incidents-common';
import { useIncidentPresentation } from '../../../hooks';
import { readableColor } from '../../../lib/readableColor';

// The fill is darkened (or lightened) until the chip's text can be read on it.
const useStyles = makeStyles(theme => ({
  critical: {
    backgroundColor: readableColor(theme.palette.error.main, [
      theme.palette.error.contrastText,
    ]),
    color: theme.palette.error.contrastText,
  },
  major: {
    backgroundColor: readableColor(theme.palette.warning.main, [
      theme.palette.warning.contrastText,
    ]),
    color: theme.palette.warning.contrastText,
  },
  minor: {
    backgroundColor: readableColor(theme.palette.info.main, [
      theme.palette.info.contrastText,
    ]),
    color: theme.palette.info.contrastText,
  },
  icon: { color: 'inherit' },
  // Not assessed yet: a dashed outline, an icon of its own and its name in words.
  unassessed: {
    borderStyle: 'dashed',
    borderWidth: 2,
    fontWeight: theme.typography.fontWeightBold as number,
  },
}));

/** @public */
export type SeverityChipProps = {
  /** Null while the severity is to be assessed. */
  severity: string | null;
  severities: SeverityDefinition[];
};

/**
 * A severity as a chip: the severity's id in text, an icon for its rank and a colour,
 * so colour is never the only way to tell severities apart. The tooltip and the
 * accessible name give the full name.
 *
 * @public
 */
export function SeverityChip(props: SeverityChipProps) {
  const classes = useStyles();
  const presentation = useIncidentPresentation();
  const severity = presentation.severity(props.severity, props.severities);
  if (!severity.assessed) {
    return (
      <Tooltip title={severity.description}>
        <Chip
          size="small"
          variant="outlined"
          className={classes.unassessed}
          icon={<HelpOutlineIcon fontSize="small" />}
          label={severity.name}
        />
      </Tooltip>
    );
  }
  // The configured list is most severe first: the first level is critical, the second
  // major, every other one minor.
  const looks = [
    { className: classes.critical, Icon: ErrorIcon },
    { className: classes.major, Icon: WarningIcon },
  ];
  const { className, Icon } = looks[severity.rank] ?? {
    className: classes.minor,
    Icon: InfoIcon,
  };
  return (
    <Tooltip title={severity.name}>
      <Chip
        size="small"
        className={className}
        icon={<Icon className={classes.icon} fontSize="small" />}
        label={severity.id}
      />
    </Tooltip>
  );
}
