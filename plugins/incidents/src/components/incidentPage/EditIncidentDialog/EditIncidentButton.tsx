import EditIcon from '@material-ui/icons/Edit';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  IncidentDetails,
  incidentUpdatePermission,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import { incidentsTranslationRef } from '../../../translation';
import { DialogButton, useConfirmChange } from '../../shared';
import { EditIncidentDialog } from './EditIncidentDialog';

/** @public */
export type EditIncidentButtonProps = {
  incident: IncidentDetails;
  severities: SeverityDefinition[];
  /** The incident after the change. */
  onChanged(incident: IncidentDetails): void;
};

/**
 * **Edit details** for those allowed to update incidents; opens the edit dialog, a
 * fresh one each time.
 *
 * @public
 */
export function EditIncidentButton(props: EditIncidentButtonProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const confirmChange = useConfirmChange();
  return (
    <DialogButton
      permission={incidentUpdatePermission}
      resourceRef={props.incident.id}
      icon={<EditIcon />}
      label={t('editIncident.button')}
      dialog={close => (
        <EditIncidentDialog
          incident={props.incident}
          severities={props.severities}
          onClose={close}
          onSaved={incident => {
            close();
            props.onChanged(incident);
            confirmChange(t('confirmations.details'));
          }}
        />
      )}
    />
  );
}
