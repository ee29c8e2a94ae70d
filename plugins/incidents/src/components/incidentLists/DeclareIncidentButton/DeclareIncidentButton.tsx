import Button, { ButtonProps } from '@material-ui/core/Button';
import AddAlertIcon from '@material-ui/icons/AddAlert';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { usePermission } from '@backstage/plugin-permission-react';
import { incidentCreatePermission } from '@incident-response/backstage-plugin-incidents-common';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useIncidentsConfig } from '../../../hooks';
import { incidentRouteRef } from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';
import { DeclareIncidentDialog } from '../DeclareIncidentDialog';

/** @public */
export type DeclareIncidentButtonProps = {
  /** The affected entities the dialog starts with. */
  entityRefs: string[];
  variant?: ButtonProps['variant'];
};

/**
 * Opens the declare dialog and, once the incident exists, goes to its page. Not shown to
 * people who may not declare incidents.
 *
 * @public
 */
export function DeclareIncidentButton(props: DeclareIncidentButtonProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { allowed } = usePermission({ permission: incidentCreatePermission });
  const { config } = useIncidentsConfig();
  const incidentLink = useRouteRef(incidentRouteRef);
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);

  if (!allowed) {
    return null;
  }
  return (
    <>
      <Button
        variant={props.variant ?? 'contained'}
        color="primary"
        startIcon={<AddAlertIcon />}
        onClick={() => setOpen(true)}
        disabled={!config}
        aria-haspopup="dialog"
      >
        {t('declare.button')}
      </Button>
      {/* Mounted for each opening: a fresh form and a fresh Idempotency-Key. */}
      {open && config && (
        <DeclareIncidentDialog
          entityRefs={props.entityRefs}
          severities={config.severities}
          onClose={() => setOpen(false)}
          onDeclared={incident => {
            setOpen(false);
            navigate(incidentLink({ id: incident.number }));
          }}
        />
      )}
    </>
  );
}
