export { DialogButton } from './DialogButton';
export type { DialogButtonProps } from './DialogButton';
