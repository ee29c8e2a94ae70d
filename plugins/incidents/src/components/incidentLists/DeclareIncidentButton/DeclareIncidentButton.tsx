import { ButtonProps } from '@material-ui/core/Button';
import AddAlertIcon from '@material-ui/icons/AddAlert';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { incidentCreatePermission } from '@incident-response/backstage-plugin-incidents-common';
import { useNavigate } from 'react-router-dom';
import { useIncidentsConfig } from '../../../hooks';
import { incidentRouteRef } from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';
import { DialogButton } from '../../shared';
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
  const { config } = useIncidentsConfig();
  const incidentLink = useRouteRef(incidentRouteRef);
  const navigate = useNavigate();
  return (
    <DialogButton
      permission={incidentCreatePermission}
      variant={props.variant ?? 'contained'}
      color="primary"
      icon={<AddAlertIcon />}
      label={t('declare.button')}
      disabled={!config}
      // Mounted for each opening: a fresh form and a fresh Idempotency-Key.
      dialog={close =>
        config && (
          <DeclareIncidentDialog
            entityRefs={props.entityRefs}
            severities={config.severities}
            onClose={close}
            onDeclared={incident => {
              close();
              navigate(incidentLink({ id: incident.number }));
            }}
          />
        )
      }
    />
  );
}
