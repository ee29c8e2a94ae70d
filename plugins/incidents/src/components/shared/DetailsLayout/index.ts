export { ChipRow, FactList, RecordPage } from './DetailsLayout';
