export { KnownErrorDialog } from './KnownErrorDialog';
export type { KnownErrorDialogProps } from './KnownErrorDialog';
export {
  EditKnownErrorButton,
  RecordKnownErrorButton,
} from './KnownErrorButtons';
export type {
  EditKnownErrorButtonProps,
  RecordKnownErrorButtonProps,
} from './KnownErrorButtons';
export type { KnownErrorFormValues } from './knownErrorForm';
