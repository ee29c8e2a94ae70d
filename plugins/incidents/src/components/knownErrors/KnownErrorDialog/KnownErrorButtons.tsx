import { ButtonProps } from '@material-ui/core/Button';
import EditIcon from '@material-ui/icons/Edit';
import LibraryAddIcon from '@material-ui/icons/LibraryAdd';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  KnownError,
  knownErrorCreatePermission,
  knownErrorUpdatePermission,
} from '@incident-response/backstage-plugin-incidents-common';
import { useNavigate } from 'react-router-dom';
import { knownErrorRouteRef } from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';
import { DialogButton, useConfirmChange } from '../../shared';
import { KnownErrorDialog } from './KnownErrorDialog';
import { KnownErrorFormValues } from './knownErrorForm';

/** @public */
export type RecordKnownErrorButtonProps = {
  /** What the form starts with, e.g. the services of the page. */
  prefill?: Partial<KnownErrorFormValues>;
  /** The incidents it caused, linked when it is recorded. */
  incidentRefs?: string[];
  /** The button's text; "Record a known error" by default. */
  label?: string;
  variant?: ButtonProps['variant'];
  /** Called with the new known error; without it, its page opens. */
  onRecorded?(knownError: KnownError): void;
};

/**
 * **Record a known error** for people allowed `knownError.create`: opens the form, a
 * fresh one each time.
 *
 * @public
 */
export function RecordKnownErrorButton(props: RecordKnownErrorButtonProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const knownErrorLink = useRouteRef(knownErrorRouteRef);
  const navigate = useNavigate();
  return (
    <DialogButton
      permission={knownErrorCreatePermission}
      variant={props.variant ?? 'contained'}
      color="primary"
      icon={<LibraryAddIcon />}
      label={props.label ?? t('knownErrors.form.recordButton')}
      dialog={close => (
        <KnownErrorDialog
          prefill={props.prefill}
          incidentRefs={props.incidentRefs}
          onClose={close}
          onSaved={knownError => {
            close();
            if (props.onRecorded) {
              props.onRecorded(knownError);
            } else {
              navigate(knownErrorLink({ id: knownError.number }));
            }
          }}
        />
      )}
    />
  );
}

/** @public */
export type EditKnownErrorButtonProps = {
  knownError: KnownError;
  /** The known error after the change. */
  onChanged(knownError: KnownError): void;
};

/**
 * **Edit** for people allowed `knownError.update`: the same form, as the known error is.
 *
 * @public
 */
export function EditKnownErrorButton(props: EditKnownErrorButtonProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const confirmChange = useConfirmChange();
  return (
    <DialogButton
      permission={knownErrorUpdatePermission}
      resourceRef={props.knownError.id}
      icon={<EditIcon />}
      label={t('knownErrors.form.editButton')}
      dialog={close => (
        <KnownErrorDialog
          knownError={props.knownError}
          onClose={close}
          onSaved={knownError => {
            close();
            props.onChanged(knownError);
            confirmChange(t('confirmations.details'));
          }}
        />
      )}
    />
  );
}
