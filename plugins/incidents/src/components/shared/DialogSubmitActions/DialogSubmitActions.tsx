import Button from '@material-ui/core/Button';
import DialogActions from '@material-ui/core/DialogActions';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { incidentsTranslationRef } from '../../../translation';

/** @public */
export type DialogSubmitActionsProps = {
  onCancel(): void;
  submitLabel: string;
  /** While true, both buttons are disabled: the dialog waits for the backend. */
  submitting: boolean;
  /** The id of the form to submit, when the buttons are outside it. */
  form?: string;
};

/**
 * Cancel and the submit button at the foot of a form dialog.
 *
 * @public
 */
export function DialogSubmitActions(props: DialogSubmitActionsProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  return (
    <DialogActions>
      <Button onClick={props.onCancel} disabled={props.submitting}>
        {t('common.cancel')}
      </Button>
      <Button
        type="submit"
        form={props.form}
        color="primary"
        variant="contained"
        disabled={props.submitting}
      >
        {props.submitLabel}
      </Button>
    </DialogActions>
  );
}
