export {
  ChangeConfirmationProvider,
  useConfirmChange,
} from './ChangeConfirmation';
