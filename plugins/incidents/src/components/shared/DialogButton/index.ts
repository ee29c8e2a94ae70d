export { DialogButton } from './DialogButton';
export type { DialogButtonPermission, DialogButtonProps } from './DialogButton';
