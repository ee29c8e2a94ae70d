import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import LockIcon from '@material-ui/icons/Lock';
import TrendingDownIcon from '@material-ui/icons/TrendingDown';
import WhatshotIcon from '@material-ui/icons/Whatshot';
import { IncidentStatus } from '@incident-response/backstage-plugin-incidents-common';
import { useIncidentPresentation } from '../../../hooks';
import { ChipTone, ToneChip } from '../ToneChip';

const STATUS_LOOKS: Record<
  IncidentStatus,
  { icon: typeof WhatshotIcon; tone: ChipTone }
> = {
  active: { icon: WhatshotIcon, tone: 'error' },
  mitigated: { icon: TrendingDownIcon, tone: 'warning' },
  resolved: { icon: CheckCircleIcon, tone: 'success' },
  closed: { icon: LockIcon, tone: 'neutral' },
};

/** @public */
export type StatusChipProps = { status: IncidentStatus };

/**
 * A status as an outlined chip with its name and an icon of its own, besides the colour.
 *
 * @public
 */
export function StatusChip(props: StatusChipProps) {
  const { statusName } = useIncidentPresentation();
  const looks = STATUS_LOOKS[props.status] ?? STATUS_LOOKS.active;
  return <ToneChip {...looks} label={statusName(props.status)} />;
}
