import { useRef, useState } from 'react';
import { FormProblems } from '../lib/formProblems';
import { locateError } from '../lib/inputErrors';
import { useErrorText } from './useErrorText';

/**
 * The state of a form that shows each problem next to its field: the values, the
 * problems (the first one focused, so screen readers announce it), one submission at a
 * time, and the backend's 400s placed on the field they name.
 */
export function useFieldForm<
  TValues extends Record<string, unknown>,
  TField extends string,
>(options: {
  /** Prefix of the fields' element ids. */
  idPrefix: string;
  /** The fields in display order, named as the request fields the backend's errors name. */
  fields: readonly TField[];
  initialValues: () => TValues;
}) {
  const { idPrefix, fields } = options;
  const errorText = useErrorText();
  const [values, setValues] = useState<TValues>(options.initialValues);
  const [problems, setProblems] = useState<FormProblems<TField>>({});
  const [formError, setFormError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  // State updates are asynchronous; this blocks a second click in the same tick.
  const inFlight = useRef(false);

  const fieldId = (field: TField) => `${idPrefix}-${field}`;
  const change = <K extends keyof TValues & string>(
    field: K,
    value: TValues[K],
  ) => {
    setValues(current => ({ ...current, [field]: value }));
    setProblems(current => ({ ...current, [field]: undefined }));
  };
  const showProblems = (found: FormProblems<TField>) => {
    setProblems(found);
    const first = fields.find(field => found[field]);
    if (first) {
      // Let React render the error first, so screen readers announce it with the focus.
      setTimeout(() => document.getElementById(fieldId(first))?.focus());
    }
  };

  /**
   * Shows `validate`'s problems, or when there are none runs `send`. A backend error
   * naming a field goes next to it, in the user's language when the backend gave a
   * reason the UI knows; any other becomes the form's error, worded by
   * `describeFailure` from the failure in the user's language (the backend's words when
   * it refused the request, never a stack or a URL).
   */
  const submit = async (
    validate: () => FormProblems<TField>,
    send: () => Promise<void>,
    describeFailure: (error: unknown, message: string) => string,
  ) => {
    if (inFlight.current) {
      return;
    }
    const found = validate();
    setFormError(undefined);
    showProblems(found);
    if (Object.values(found).some(Boolean)) {
      return;
    }
    inFlight.current = true;
    setSubmitting(true);
    try {
      await send();
    } catch (error) {
      const field = locateError(error, fields);
      if (field) {
        showProblems({
          [field]: { rule: 'server', message: errorText(error) },
        } as FormProblems<TField>);
      } else {
        setFormError(describeFailure(error, errorText(error)));
      }
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  return { values, problems, formError, submitting, fieldId, change, submit };
}
