export { ChipRow, entityFacts, FactList, RecordPage } from './DetailsLayout';
export type { Fact } from './DetailsLayout';
