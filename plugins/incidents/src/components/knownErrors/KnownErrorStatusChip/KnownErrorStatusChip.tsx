import ArchiveIcon from '@material-ui/icons/Archive';
import BuildIcon from '@material-ui/icons/Build';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import HourglassEmptyIcon from '@material-ui/icons/HourglassEmpty';
import SearchIcon from '@material-ui/icons/Search';
import { KnownErrorStatus } from '@incident-response/backstage-plugin-incidents-common';
import { ChipTone, ToneChip } from '../../shared';
import { useKnownErrorPresentation } from '../useKnownErrorPresentation';

const STATUS_LOOKS: Record<
  KnownErrorStatus,
  { icon: typeof SearchIcon; tone: ChipTone }
> = {
  investigating: { icon: SearchIcon, tone: 'error' },
  workaround: { icon: BuildIcon, tone: 'warning' },
  'fix-in-progress': { icon: HourglassEmptyIcon, tone: 'info' },
  fixed: { icon: CheckCircleIcon, tone: 'success' },
  retired: { icon: ArchiveIcon, tone: 'neutral' },
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
  const { statusName } = useKnownErrorPresentation();
  const looks = STATUS_LOOKS[props.status] ?? STATUS_LOOKS.investigating;
  return <ToneChip {...looks} label={statusName(props.status)} />;
}
