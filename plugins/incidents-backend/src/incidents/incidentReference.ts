import { NotFoundError } from '@backstage/errors';
import {
  IncidentDetails,
  parseIncidentNumber,
} from '@incident-response/backstage-plugin-incidents-common';
import { IncidentsStore } from './IncidentsStore';

const UUID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The incident a request names by id or by number (`INC-42`, any case); 404 otherwise. */
export async function getIncidentByReference(
  store: Pick<IncidentsStore, 'getIncident'>,
  reference: string,
): Promise<IncidentDetails> {
  const number = parseIncidentNumber(reference);
  let incident: IncidentDetails | undefined;
  if (number !== undefined) {
    incident = await store.getIncident({ number });
  } else if (UUID_PATTERN.test(reference)) {
    incident = await store.getIncident({ id: reference.toLowerCase() });
  }
  if (!incident) {
    throw new NotFoundError(`No incident ${reference}`);
  }
  return incident;
}
