import Button, { ButtonProps } from '@material-ui/core/Button';
import { usePermission } from '@backstage/plugin-permission-react';
import { ReactNode, useState } from 'react';

/** @public */
export type DialogButtonProps = {
  /** Who may use it (a permission on no resource); the button is not shown to others. */
  permission: Extract<
    Parameters<typeof usePermission>[0],
    { resourceRef?: undefined }
  >['permission'];
  label: ReactNode;
  icon: ReactNode;
  variant?: ButtonProps['variant'];
  color?: ButtonProps['color'];
  disabled?: boolean;
  /** The dialog, mounted for each opening (a fresh form each time); `close` closes it. */
  dialog(close: () => void): ReactNode;
};

/**
 * A button that opens a dialog, shown to people the permission policy allows.
 *
 * @public
 */
export function DialogButton(props: DialogButtonProps) {
  const { allowed } = usePermission({ permission: props.permission });
  const [open, setOpen] = useState(false);
  if (!allowed) {
    return null;
  }
  return (
    <>
      <Button
        variant={props.variant ?? 'outlined'}
        color={props.color}
        startIcon={props.icon}
        onClick={() => setOpen(true)}
        disabled={props.disabled}
        aria-haspopup="dialog"
      >
        {props.label}
      </Button>
      {open && props.dialog(() => setOpen(false))}
    </>
  );
}
