import Dialog from '@material-ui/core/Dialog';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { FormEvent, ReactNode } from 'react';
import { DialogSubmitActions } from '../DialogSubmitActions';

/** @public */
export type FormDialogProps = {
  /** Makes the dialog's title and form ids: `<id>-dialog-title`, `<id>-form`. */
  id: string;
  title: ReactNode;
  /** A paragraph under the title that says what the form is for. */
  intro?: ReactNode;
  /** The form's own error (one that names no field), shown above the fields. */
  formError?: string;
  submitting: boolean;
  submitLabel: string;
  onSubmit(event: FormEvent): void;
  onClose(): void;
  children: ReactNode;
};

/**
 * A wide dialog around a form: title, intro, the form's error, the fields (scrolling
 * between a fixed title and fixed buttons), Cancel and the submit button. It cannot be
 * closed while the form is being sent.
 *
 * @public
 */
export function FormDialog(props: FormDialogProps) {
  const titleId = `${props.id}-dialog-title`;
  const formId = `${props.id}-form`;
  return (
    <Dialog
      open
      onClose={props.submitting ? undefined : props.onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="md"
      scroll="paper"
    >
      <DialogTitle id={titleId}>{props.title}</DialogTitle>
      <DialogContent dividers>
        <form id={formId} onSubmit={props.onSubmit} noValidate>
          {props.intro && (
            <Typography variant="body2" color="textSecondary" paragraph>
              {props.intro}
            </Typography>
          )}
          {props.formError && (
            <Alert severity="error" role="alert">
              {props.formError}
            </Alert>
          )}
          {props.children}
        </form>
      </DialogContent>
      <DialogSubmitActions
        onCancel={props.onClose}
        submitting={props.submitting}
        form={formId}
        submitLabel={props.submitLabel}
      />
    </Dialog>
  );
}
