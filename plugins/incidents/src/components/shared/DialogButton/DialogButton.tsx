import Button, { ButtonProps } from '@material-ui/core/Button';
import { usePermission } from '@backstage/plugin-permission-react';
import { ReactNode, useState } from 'react';

/**
 * Who may use the button, as `usePermission` takes it: a permission on no resource, or a
 * resource permission with the resource's ref (the incident's or known error's id;
 * undefined while it loads, which hides the button). The button is not shown to others.
 *
 * @public
 */
export type DialogButtonPermission = Parameters<typeof usePermission>[0];

/** @public */
export type DialogButtonProps = DialogButtonPermission & {
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
  // Only these two: the whole props (with `dialog`, new each render) would change
  // usePermission's cache key at every render. The props' type pairs them correctly.
  const { allowed } = usePermission({
    permission: props.permission,
    resourceRef: props.resourceRef,
  } as DialogButtonPermission);
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
