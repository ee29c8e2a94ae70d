import {
  DurationStats,
  IncidentMetricPoint,
  MetricBucket,
} from '@incident-response/backstage-plugin-incidents-common';
import { IncidentCriteria } from '../lib/incidentAccess';
import { SeverityAndTimeFilter } from '../database/filters';

export type MetricsFilter = SeverityAndTimeFilter & {
  entityRef?: string;
  ownerRef?: string;
};

export type StatsOf<K extends string> = Record<K, DurationStats>;

export type MetricsAggregates = {
  count: number;
  overall: StatsOf<'ttd' | 'ttm' | 'ttr' | 'time_to_declare'>;
  bySeverity: Array<
    /** Null: the incidents to be assessed. */
    { severity: string | null; count: number } & StatsOf<'ttd' | 'ttr'>
  >;
  /** Non-empty buckets only, `start` as epoch milliseconds (UTC). */
  buckets: Array<
    {
      start: number;
      count: number;
      countBySeverity: Record<string, number>;
      countUnassessed: number;
    } & StatsOf<'ttd' | 'ttr'>
  >;
  points: IncidentMetricPoint[];
};

/** TTD/TTR aggregates of the incidents a filter selects, computed by the database. */
export interface IncidentMetricsStore {
  getAggregates(options: {
    filter: MetricsFilter;
    bucket: MetricBucket;
    /** The most single incidents returned as chart points (the latest ones). */
    pointsLimit: number;
    /** The configured severity ids: the ones counted per bucket without a second pass. */
    expectedSeverities: string[];
    /**
     * The incidents the caller may see: the others are counted, and their points carry
     * no title (`restricted`).
     */
    visibleTo?: IncidentCriteria;
  }): Promise<MetricsAggregates>;
}
