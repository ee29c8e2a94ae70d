import TextField from '@material-ui/core/TextField';
import { FormEvent, useState } from 'react';
import { FieldProblem, useDescribeProblem } from '../../../lib/formProblems';
import { FormDialog } from '../../shared';

/** @public */
export type CommentDialogProps = {
  /** Makes the dialog's and the field's ids. */
  id: string;
  title: string;
  intro: string;
  /** The question the field asks, e.g. "Why?". */
  label: string;
  /** What the field says when it is left empty. */
  requiredMessage: string;
  maxLength: number;
  submitLabel: string;
  submitting: boolean;
  /** The failure of the last submission, in words. */
  formError?: string;
  initialText?: string;
  /** The text, trimmed, once it is given and not too long. */
  onSubmit(text: string): void;
  onClose(): void;
};

/**
 * A dialog that asks why before something is done: a required text, at most
 * `maxLength` characters (sending a postmortem back to draft, an action item that
 * will not be done).
 *
 * @public
 */
export function CommentDialog(props: CommentDialogProps) {
  const describe = useDescribeProblem();
  const [text, setText] = useState(props.initialText ?? '');
  const [problem, setProblem] = useState<FieldProblem>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const comment = text.trim();
    if (!comment) {
      setProblem({ rule: 'required' });
    } else if (comment.length > props.maxLength) {
      setProblem({ rule: 'too-long', max: props.maxLength });
    } else {
      props.onSubmit(comment);
    }
  };

  return (
    <FormDialog
      id={props.id}
      title={props.title}
      intro={props.intro}
      formError={props.formError}
      submitting={props.submitting}
      submitLabel={props.submitLabel}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <TextField
        id={`${props.id}-text`}
        label={props.label}
        value={text}
        onChange={e => {
          setText(e.target.value);
          setProblem(undefined);
        }}
        error={!!problem}
        helperText={describe(problem, { required: props.requiredMessage })}
        required
        multiline
        minRows={3}
        fullWidth
        margin="normal"
        variant="outlined"
      />
    </FormDialog>
  );
}
