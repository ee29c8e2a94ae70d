export {
  ChipRow,
  entityFacts,
  FactList,
  RecordPage,
  RecordTabs,
} from './DetailsLayout';
export type { Fact, RecordTab } from './DetailsLayout';
