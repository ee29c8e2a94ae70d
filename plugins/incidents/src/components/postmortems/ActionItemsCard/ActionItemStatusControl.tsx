import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useApi } from '@backstage/core-plugin-api';
import {
  ACTION_ITEM_STATUSES,
  ActionItem,
  ActionItemStatus,
  POSTMORTEM_LIMITS,
  UpdatedActionItem,
} from '@incident-response/backstage-plugin-incidents-common';
import { useState } from 'react';
import { postmortemsApiRef } from '../../../api';
import { incidentsTranslationRef } from '../../../translation';
import { CommentDialog } from '../CommentDialog';
import { usePostmortemPresentation } from '../../../hooks/usePostmortemPresentation';
import { useErrorText, useUniqueId } from '../../../hooks';
import { visuallyHidden } from '../../../lib/visuallyHidden';
import { useConfirmChange } from '../../shared';

const useStyles = makeStyles({ visuallyHidden });

/** @public */
export type ActionItemStatusControlProps = {
  item: ActionItem;
  /** The item as changed, with whether its known error may now be marked fixed. */
  onChanged(item: UpdatedActionItem): void;
  /** A change that failed, in words. */
  onFailed(message: string): void;
};

/**
 * Changes an action item's status: open, in progress and done at once; won't do asks
 * why first (the reason is required, and kept with the item).
 *
 * @public
 */
export function ActionItemStatusControl(props: ActionItemStatusControlProps) {
  const classes = useStyles();
  const words = usePostmortemPresentation();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const labelId = useUniqueId('action-item-status-label');
  const valueId = useUniqueId('action-item-status-value');
  const errorText = useErrorText();
  const confirmChange = useConfirmChange();
  const api = useApi(postmortemsApiRef);
  const { item } = props;
  const [saving, setSaving] = useState(false);
  const [askingReason, setAskingReason] = useState(false);
  const [dialogError, setDialogError] = useState<string>();

  const change = async (status: ActionItemStatus, why?: string) => {
    setSaving(true);
    try {
      props.onChanged(
        await api.updateActionItem(item.id, {
          status,
          ...(why !== undefined && { reason: why }),
        }),
      );
      setAskingReason(false);
      confirmChange(
        t('confirmations.actionItem', { status: words.itemStatusName(status) }),
      );
    } catch (error) {
      const message = t('actionItems.status.failed', {
        message: errorText(error),
      });
      if (why === undefined) {
        props.onFailed(message);
      } else {
        setDialogError(message);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      {/* Named "Status of “…” Open": the item, then the status the control shows, so
          what is heard contains what is seen (WCAG 2.5.3). */}
      <span id={labelId} className={classes.visuallyHidden}>
        {t('actionItems.status.label', { title: item.title })}
      </span>
      <TextField
        select
        size="small"
        variant="outlined"
        value={item.status}
        disabled={saving}
        onChange={e => {
          const status = e.target.value as ActionItemStatus;
          if (status === item.status) {
            return;
          }
          if (status === 'wont-do') {
            setDialogError(undefined);
            setAskingReason(true);
          } else {
            change(status);
          }
        }}
        SelectProps={{ labelId, SelectDisplayProps: { id: valueId } }}
      >
        {ACTION_ITEM_STATUSES.map(status => (
          <MenuItem key={status} value={status}>
            {words.itemStatusName(status)}
          </MenuItem>
        ))}
      </TextField>
      {askingReason && (
        <CommentDialog
          id={`action-item-reason-${item.id}`}
          title={t('actionItems.status.wontDoTitle', { title: item.title })}
          intro={t('actionItems.status.wontDoIntro')}
          label={t('actionItems.status.reasonLabel')}
          requiredMessage={t('actionItems.status.reasonRequired')}
          maxLength={POSTMORTEM_LIMITS.reasonMaxLength}
          initialText={item.reason ?? ''}
          formError={dialogError}
          submitting={saving}
          submitLabel={t('actionItems.status.confirm')}
          onSubmit={reason => change('wont-do', reason)}
          onClose={() => setAskingReason(false)}
        />
      )}
    </>
  );
}
