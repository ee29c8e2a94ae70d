import enGB from 'date-fns/locale/en-GB';
import fr from 'date-fns/locale/fr';

type Locale = typeof fr;

/**
 * How the date pickers write a day in each language, never `mm/dd/yyyy`: Chromium's own
 * date inputs follow the browser's locale, not the page's language.
 */
const DAY_FORMATS: Record<string, { day: string; locale: Locale }> = {
  en: { day: 'yyyy-MM-dd', locale: enGB },
  fr: { day: 'dd/MM/yyyy', locale: fr },
};

/** The day format and date-fns locale of the pickers for a language (English by default). */
export function pickerFormat(language: string): {
  day: string;
  locale: Locale;
} {
  return DAY_FORMATS[language] ?? DAY_FORMATS.en;
}
