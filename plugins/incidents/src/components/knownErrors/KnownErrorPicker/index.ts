export { KnownErrorPicker } from './KnownErrorPicker';
export type { KnownErrorPickerProps } from './KnownErrorPicker';
