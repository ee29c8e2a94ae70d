import Typography from '@material-ui/core/Typography';
import AssignmentTurnedInIcon from '@material-ui/icons/AssignmentTurnedIn';
import PlaylistAddIcon from '@material-ui/icons/PlaylistAdd';
import RateReviewIcon from '@material-ui/icons/RateReview';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  ACTION_ITEM_STATUSES,
  isOneOf,
  POSTMORTEM_STATUSES,
  POSTMORTEM_TIMELINE_ENTRY_KINDS,
  PostmortemStatus,
} from '@incident-response/backstage-plugin-incidents-common';
import { incidentPostmortemRouteRef } from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';
import {
  asString,
  automaticEntryText,
  TimelineEntryRenderer,
  TimelineEntryWriter,
} from '../../shared';

function usePostmortemEntryWords() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  return { t, postmortemLink: useRouteRef(incidentPostmortemRouteRef) };
}

type PostmortemEntryWords = ReturnType<typeof usePostmortemEntryWords>;

const postmortemEntryText = (
  write: TimelineEntryWriter<PostmortemEntryWords>,
) => automaticEntryText(usePostmortemEntryWords, write);

/** What a move of the postmortem did, by where it went and where it came from. */
function moveMessage(from: PostmortemStatus, to: PostmortemStatus) {
  if (to === 'in-review') {
    return 'timeline.auto.postmortemSubmitted' as const;
  }
  if (to === 'approved') {
    return 'timeline.auto.postmortemApproved' as const;
  }
  return from === 'approved'
    ? ('timeline.auto.postmortemReopened' as const)
    : ('timeline.auto.postmortemSentBack' as const);
}

/**
 * The entries the backend writes as the postmortem moves on: its status changes (with
 * the reviewer's comment), action items added and their status changes. Each links to
 * the incident's Postmortem tab.
 */
export const POSTMORTEM_TIMELINE_RENDERERS: Record<
  (typeof POSTMORTEM_TIMELINE_ENTRY_KINDS)[number],
  TimelineEntryRenderer
> = {
  'postmortem-status-changed': {
    icon: RateReviewIcon,
    Text: postmortemEntryText((data, { t, postmortemLink }, entry) => {
      if (
        !isOneOf(POSTMORTEM_STATUSES, data.from) ||
        !isOneOf(POSTMORTEM_STATUSES, data.to)
      ) {
        return undefined;
      }
      const comment = asString(data.comment);
      return (
        <>
          {t(moveMessage(data.from, data.to), {
            postmortem: (
              <Link
                to={postmortemLink({ id: entry.incidentId })}
                underline="always"
              >
                {t('timeline.auto.postmortemLink')}
              </Link>
            ),
          })}
          {comment && (
            <Typography
              variant="body2"
              component="div"
              style={{ whiteSpace: 'pre-wrap' }}
            >
              {t('timeline.auto.postmortemComment', { comment })}
            </Typography>
          )}
        </>
      );
    }),
  },
  'action-item-added': {
    icon: PlaylistAddIcon,
    Text: postmortemEntryText((data, { t, postmortemLink }, entry) => {
      const title = asString(data.title);
      const ownerRef = asString(data.ownerRef);
      if (!title || !ownerRef) {
        return undefined;
      }
      return t('timeline.auto.actionItemAdded', {
        item: (
          <Link
            to={postmortemLink({ id: entry.incidentId })}
            underline="always"
          >
            {title}
          </Link>
        ),
        owner: <EntityRefLink entityRef={ownerRef} defaultKind="group" />,
      });
    }),
  },
  'action-item-status-changed': {
    icon: AssignmentTurnedInIcon,
    Text: postmortemEntryText((data, { t, postmortemLink }, entry) => {
      const title = asString(data.title);
      if (
        !title ||
        !isOneOf(ACTION_ITEM_STATUSES, data.from) ||
        !isOneOf(ACTION_ITEM_STATUSES, data.to)
      ) {
        return undefined;
      }
      return t('timeline.auto.actionItemStatusChanged', {
        item: (
          <Link
            to={postmortemLink({ id: entry.incidentId })}
            underline="always"
          >
            {title}
          </Link>
        ),
        from: t(`actionItems.statuses.${data.from}`),
        to: t(`actionItems.statuses.${data.to}`),
      });
    }),
  },
};
