export { CatalogEntityPicker, SearchField } from './CatalogEntityPicker';
export type { CatalogEntityPickerProps } from './CatalogEntityPicker';
