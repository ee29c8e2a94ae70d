export {
  MetricBucketSelect,
  MetricsPeriodControls,
} from './MetricsPeriodControls';
export type {
  MetricBucketSelectProps,
  MetricsPeriodControlsProps,
} from './MetricsPeriodControls';
