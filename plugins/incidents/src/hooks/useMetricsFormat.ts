import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MetricBucket } from '@incident-response/backstage-plugin-incidents-common';
import { DateTime } from 'luxon';
import { useMemo } from 'react';
import { formatLocaleDate } from '../lib/dates';
import { formatCompactDuration } from '../lib/durations';
import { incidentsTranslationRef } from '../translation';
import { useLanguage } from './useLanguage';

/**
 * How the charts write durations, periods and dates, in the reader's language. Periods
 * (buckets) are calendar periods in UTC, as the backend counts them, so they are written
 * in UTC too: the March bucket reads "March", wherever the reader is.
 */
export function useMetricsFormat() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const language = useLanguage();
  return useMemo(() => {
    const utc = (iso: string | number) =>
      (typeof iso === 'number'
        ? DateTime.fromMillis(iso, { zone: 'utc' })
        : DateTime.fromISO(iso, { zone: 'utc' })
      ).setLocale(language);
    return {
      language,
      /** A duration in seconds: `2 hr 10 min`; "No data" for null. */
      duration(seconds: number | null): string {
        return seconds === null
          ? t('charts.summary.noValue')
          : formatCompactDuration(seconds, language);
      },
      /** A period for an axis: `Mar 4` (week), `Mar 2026`, `Q1 2026`. */
      bucketShort(start: string | number, bucket: MetricBucket): string {
        const date = utc(start);
        if (bucket === 'week') {
          return formatLocaleDate(date, { month: 'short', day: 'numeric' });
        }
        if (bucket === 'month') {
          return date.toLocaleString({ month: 'short', year: 'numeric' });
        }
        return t('charts.quarter', {
          quarter: String(date.quarter),
          year: String(date.year),
        });
      },
      /** A period in full: `Week of Mar 4, 2026`, `March 2026`, `Q1 2026`. */
      bucketLong(start: string | number, bucket: MetricBucket): string {
        const date = utc(start);
        if (bucket === 'week') {
          return t('charts.weekOf', {
            date: formatLocaleDate(date, DateTime.DATE_MED),
          });
        }
        if (bucket === 'month') {
          return date.toLocaleString({ month: 'long', year: 'numeric' });
        }
        return t('charts.quarter', {
          quarter: String(date.quarter),
          year: String(date.year),
        });
      },
      /** An instant in the reader's zone: `Mar 4, 2026, 10:05 AM`. */
      dateTime(iso: string): string {
        return formatLocaleDate(
          DateTime.fromISO(iso).setLocale(language),
          DateTime.DATETIME_MED,
        );
      },
      /** A day in UTC, for the ends of a range: `Mar 4, 2026`. */
      day(millis: number): string {
        return formatLocaleDate(utc(millis), DateTime.DATE_MED);
      },
    };
  }, [t, language]);
}

/** What {@link useMetricsFormat} returns. */
export type MetricsFormat = ReturnType<typeof useMetricsFormat>;
