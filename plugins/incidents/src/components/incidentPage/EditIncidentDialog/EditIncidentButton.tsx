import Button from '@material-ui/core/Button';
import EditIcon from '@material-ui/icons/Edit';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  IncidentDetails,
  incidentUpdatePermission,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import { useState } from 'react';
import { incidentsTranslationRef } from '../../../translation';
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
  const { allowed } = usePermission({ permission: incidentUpdatePermission });
  const [open, setOpen] = useState(false);
  if (!allowed) {
    return null;
  }
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<EditIcon />}
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
      >
        {t('editIncident.button')}
      </Button>
      {open && (
        <EditIncidentDialog
          incident={props.incident}
          severities={props.severities}
          onClose={() => setOpen(false)}
          onSaved={incident => {
            setOpen(false);
            props.onChanged(incident);
          }}
        />
      )}
    </>
  );
}
