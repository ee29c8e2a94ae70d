import { NotFoundError } from '@backstage/errors';
import {
  IncidentDetails,
  parseIncidentReference,
} from '@incident-response/backstage-plugin-incidents-common';
import { IncidentsStore } from './IncidentsStore';

/** The incident a request names by id or by number (`INC-42`, any case); 404 otherwise. */
export async function getIncidentByReference(
  store: Pick<IncidentsStore, 'getIncident'>,
  reference: string,
): Promise<IncidentDetails> {
  const key = parseIncidentReference(reference);
  const incident = key ? await store.getIncident(key) : undefined;
  if (!incident) {
    throw new NotFoundError(`No incident ${reference}`);
  }
  return incident;
}
