import DateFnsUtils from '@date-io/date-fns';
import {
  KeyboardDateTimePicker,
  MuiPickersUtilsProvider,
} from '@material-ui/pickers';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { DateTime } from 'luxon';
import { useLanguage } from '../../../hooks';
import { toLocalInputValue } from '../../../lib/dates';
import { pickerFormat } from '../../../lib/pickerFormats';
import { incidentsTranslationRef } from '../../../translation';

/** @public */
export type DateTimeFieldProps = {
  id: string;
  label: string;
  /**
   * The moment in the reader's time zone, `YYYY-MM-DDTHH:mm` (as `toLocalInputValue`
   * writes it); anything else is shown as typed.
   */
  value: string;
  /** The moment typed or picked, `YYYY-MM-DDTHH:mm`, or the text as typed when it is none. */
  onChange(value: string): void;
  helperText?: string;
  error?: boolean;
  required?: boolean;
  margin?: 'normal' | 'dense';
  size?: 'small' | 'medium';
};

/**
 * A moment, typed the way the reader's language writes it (`2027-01-26 14:05` in
 * English, `26/01/2027 14:05` in French) or picked in a calendar and a 24-hour clock.
 *
 * @public
 */
export function DateTimeField(props: DateTimeFieldProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const language = useLanguage();
  const { day, locale } = pickerFormat(language);
  // The day as the language writes it, then the 24-hour clock.
  const format = `${day} HH:mm`;
  const moment = DateTime.fromISO(props.value);
  return (
    <MuiPickersUtilsProvider utils={DateFnsUtils} locale={locale}>
      <KeyboardDateTimePicker
        id={props.id}
        label={props.label}
        value={moment.isValid ? moment.toJSDate() : null}
        onChange={(date, typed) => {
          const picked = date ? DateTime.fromJSDate(date) : undefined;
          props.onChange(
            picked?.isValid
              ? toLocalInputValue(picked.toJSDate())
              : typed ?? '',
          );
        }}
        format={format}
        ampm={false}
        placeholder={t('datePicker.placeholder', {
          example: DateTime.local(2027, 1, 26, 14, 5).toFormat(format),
        })}
        helperText={props.helperText}
        error={props.error}
        required={props.required}
        // The form says what is wrong with the moment, in its own words.
        invalidDateMessage=""
        inputVariant="outlined"
        fullWidth
        margin={props.margin}
        size={props.size}
        okLabel={t('datePicker.ok')}
        cancelLabel={t('common.cancel')}
        KeyboardButtonProps={{ 'aria-label': t('datePicker.open') }}
        InputLabelProps={{ shrink: true }}
      />
    </MuiPickersUtilsProvider>
  );
}
