import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import EditIcon from '@material-ui/icons/Edit';
import RateReviewIcon from '@material-ui/icons/RateReview';
import ReplayIcon from '@material-ui/icons/Replay';
import SendIcon from '@material-ui/icons/Send';
import UndoIcon from '@material-ui/icons/Undo';
import Alert from '@material-ui/lab/Alert';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  incidentUpdatePermission,
  missingForReview,
  Postmortem,
  POSTMORTEM_LIMITS,
  postmortemApprovePermission,
  PostmortemSections,
  PostmortemStatus,
} from '@incident-response/backstage-plugin-incidents-common';
import { useState } from 'react';
import { postmortemsApiRef } from '../../../api';
import { useAsyncAction, useUniqueId } from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';
import { ChipTone, ToneChip, useConfirmChange } from '../../shared';
import { CommentDialog } from '../CommentDialog';
import { usePostmortemPresentation } from '../../../hooks/usePostmortemPresentation';

const STATUS_LOOKS: Record<
  PostmortemStatus,
  { icon: typeof EditIcon; tone: ChipTone }
> = {
  draft: { icon: EditIcon, tone: 'info' },
  'in-review': { icon: RateReviewIcon, tone: 'warning' },
  approved: { icon: CheckCircleIcon, tone: 'success' },
};

/**
 * A postmortem's status as an outlined chip: its name and an icon, besides the colour.
 *
 * @public
 */
export function PostmortemStatusChip(props: { status: PostmortemStatus }) {
  const { statusName } = usePostmortemPresentation();
  return (
    <ToneChip
      {...STATUS_LOOKS[props.status]}
      label={statusName(props.status)}
    />
  );
}

/** @public */
export type PostmortemReviewProps = {
  incidentNumber: string;
  postmortem: Postmortem;
  /** The sections as the user sees them, saved or not, to say what review still needs. */
  sections: PostmortemSections;
  /**
   * Saves what the user typed before the postmortem moves; resolves to what prevents it
   * (a conflict, a failed save), in words, or undefined when everything is saved.
   */
  saveFirst(): Promise<string | undefined>;
  onChanged(postmortem: Postmortem): void;
};

/**
 * The review workflow: **Submit for review** once the required sections are written
 * and an action item is added, **Approve** for people allowed `postmortem.approve`,
 * **Send back to draft** and **Reopen** with a comment saying why.
 *
 * @public
 */
export function PostmortemReview(props: PostmortemReviewProps) {
  const words = usePostmortemPresentation();
  const confirmChange = useConfirmChange();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const api = useApi(postmortemsApiRef);
  const { allowed: mayEdit } = usePermission({
    permission: incidentUpdatePermission,
    resourceRef: props.postmortem.incidentId,
  });
  const { allowed: mayApprove } = usePermission({
    permission: postmortemApprovePermission,
  });
  const { running, failure, run } = useAsyncAction();
  const [asking, setAsking] = useState<'sendBack' | 'reopen'>();
  const missingId = useUniqueId('postmortem-missing');
  const { postmortem } = props;
  const status = postmortem.status;

  const move = (to: PostmortemStatus, note?: string) =>
    run(
      to,
      async () => {
        if (to === 'in-review') {
          const unsaved = await props.saveFirst();
          if (unsaved) {
            throw new Error(
              t('postmortems.save.unsavedFirst', { message: unsaved }),
            );
          }
        }
        props.onChanged(
          await api.transitionPostmortem(postmortem.incidentId, {
            status: to,
            ...(note && { comment: note }),
          }),
        );
        setAsking(undefined);
        confirmChange(
          t('confirmations.postmortem', {
            status: words.statusName(to),
          }),
        );
      },
      message => t('postmortems.review.failed', { message }),
    );

  const askWhy = (kind: 'sendBack' | 'reopen') => setAsking(kind);

  const missing = missingForReview({
    sections: props.sections,
    actionItems: postmortem.actionItems,
  });
  const missingText = words.missingForReview(missing);

  const busy = running !== undefined;
  const buttons = [];
  if (status === 'draft' && mayEdit) {
    buttons.push(
      <Button
        key="submit"
        variant="contained"
        color="primary"
        startIcon={<SendIcon />}
        disabled={busy || missingText !== ''}
        aria-describedby={missingText ? missingId : undefined}
        onClick={() => move('in-review')}
      >
        {t('postmortems.review.submit')}
      </Button>,
    );
  }
  if (status === 'in-review' && mayApprove) {
    buttons.push(
      <Button
        key="approve"
        variant="contained"
        color="primary"
        startIcon={<CheckCircleIcon />}
        disabled={busy}
        onClick={() => move('approved')}
      >
        {t('postmortems.review.approve')}
      </Button>,
    );
  }
  if (status === 'in-review' && (mayEdit || mayApprove)) {
    buttons.push(
      <Button
        key="send-back"
        variant="outlined"
        startIcon={<UndoIcon />}
        disabled={busy}
        onClick={() => askWhy('sendBack')}
        aria-haspopup="dialog"
      >
        {t('postmortems.review.sendBack')}
      </Button>,
    );
  }
  if (status === 'approved' && mayEdit) {
    buttons.push(
      <Button
        key="reopen"
        variant="outlined"
        startIcon={<ReplayIcon />}
        disabled={busy}
        onClick={() => askWhy('reopen')}
        aria-haspopup="dialog"
      >
        {t('postmortems.review.reopen')}
      </Button>,
    );
  }

  return (
    <Box>
      <Box display="flex" alignItems="center" gridGap={8} flexWrap="wrap">
        <PostmortemStatusChip status={status} />
        <Typography variant="body2" color="textSecondary">
          {words.statusHelp(status)}
        </Typography>
      </Box>
      {status === 'draft' && postmortem.reviewComment && (
        <Box marginTop={2}>
          <Alert severity="warning" role="note">
            {t('postmortems.tab.sentBack', {
              comment: postmortem.reviewComment,
            })}
          </Alert>
        </Box>
      )}
      {buttons.length > 0 && (
        <Box
          role="group"
          aria-label={t('postmortems.tab.review')}
          display="flex"
          flexWrap="wrap"
          gridGap={8}
          marginTop={2}
        >
          {buttons}
        </Box>
      )}
      {status === 'draft' && mayEdit && missingText && (
        <Typography
          id={missingId}
          variant="body2"
          color="textSecondary"
          style={{ marginTop: 8 }}
        >
          {t('postmortems.review.notReady', { missing: missingText })}
        </Typography>
      )}
      {status === 'in-review' && !mayApprove && (
        <Typography
          variant="body2"
          color="textSecondary"
          style={{ marginTop: 8 }}
        >
          {t('postmortems.review.approverOnly')}
        </Typography>
      )}
      {failure && !asking && (
        <Box marginTop={2}>
          <Alert severity="error" role="alert">
            {failure}
          </Alert>
        </Box>
      )}
      {asking && (
        <CommentDialog
          id="postmortem-comment"
          title={t(
            asking === 'sendBack'
              ? 'postmortems.review.sendBackTitle'
              : 'postmortems.review.reopenTitle',
            { number: props.incidentNumber },
          )}
          intro={t(
            asking === 'sendBack'
              ? 'postmortems.review.sendBackIntro'
              : 'postmortems.review.reopenIntro',
          )}
          label={t('postmortems.review.commentLabel')}
          requiredMessage={t('postmortems.review.commentRequired')}
          maxLength={POSTMORTEM_LIMITS.commentMaxLength}
          formError={failure}
          submitting={busy}
          submitLabel={t(
            asking === 'sendBack'
              ? 'postmortems.review.sendBack'
              : 'postmortems.review.reopen',
          )}
          onSubmit={comment => move('draft', comment)}
          onClose={() => setAsking(undefined)}
        />
      )}
    </Box>
  );
}
