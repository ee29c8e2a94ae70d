import DateFnsUtils from '@date-io/date-fns';
import {
  KeyboardDatePicker,
  MuiPickersUtilsProvider,
} from '@material-ui/pickers';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { DateTime } from 'luxon';
import { useLanguage } from '../../../hooks';
import { pickerFormat } from '../../../lib/pickerFormats';
import { incidentsTranslationRef } from '../../../translation';

/** @public */
export type DateFieldProps = {
  id: string;
  label: string;
  /** The day, `YYYY-MM-DD`; anything else is shown as typed and reported as is. */
  value: string;
  /** The day typed or picked, `YYYY-MM-DD`, or the text as typed when it is no day. */
  onChange(value: string): void;
  helperText?: string;
  error?: boolean;
  required?: boolean;
  disablePast?: boolean;
  /** Compact, for a filter bar: small, no margin, as wide as its content. */
  dense?: boolean;
};

/**
 * A day, typed the way the reader's language writes it (`2027-01-26` in English,
 * `26/01/2027` in French) or picked in a calendar (its button and dialog in the
 * reader's language). The value is always the ISO day.
 *
 * @public
 */
export function DateField(props: DateFieldProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const language = useLanguage();
  const { day: format, locale } = pickerFormat(language);
  const day = DateTime.fromISO(props.value);
  return (
    <MuiPickersUtilsProvider utils={DateFnsUtils} locale={locale}>
      <KeyboardDatePicker
        id={props.id}
        label={props.label}
        value={day.isValid ? day.toJSDate() : null}
        onChange={(date, typed) => {
          const picked = date ? DateTime.fromJSDate(date) : undefined;
          props.onChange(picked?.isValid ? picked.toISODate()! : typed ?? '');
        }}
        format={format}
        placeholder={t('datePicker.placeholder', {
          example: DateTime.local(2027, 1, 26).toFormat(format),
        })}
        helperText={props.helperText}
        error={props.error}
        required={props.required}
        disablePast={props.disablePast}
        // The form says what is wrong with the day, in its own words.
        invalidDateMessage=""
        minDateMessage=""
        inputVariant="outlined"
        fullWidth={!props.dense}
        margin={props.dense ? 'none' : 'normal'}
        size={props.dense ? 'small' : 'medium'}
        okLabel={t('datePicker.ok')}
        cancelLabel={t('common.cancel')}
        KeyboardButtonProps={{ 'aria-label': t('datePicker.open') }}
        InputLabelProps={{ shrink: true }}
      />
    </MuiPickersUtilsProvider>
  );
}
