import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  Incident,
  INCIDENT_SEARCH_TYPE,
  incidentReadPermission,
  IncidentSearchDocument,
} from '@incident-response/backstage-plugin-incidents-common';
import { Readable } from 'node:stream';
import {
  Indexed,
  IncidentsSearchLocations,
  joinTexts,
  readLocations,
} from './documents';
import { IncidentsApiReader } from './IncidentsApiReader';

/**
 * Collates incidents for Backstage search (document type `incident`) from the incidents
 * plugin's `GET /incidents`. Security incidents are never indexed. Results are shown to
 * those the permission policy lets read the incident (`incident.read` on its id).
 *
 * @public
 */
export class IncidentCollatorFactory implements DocumentCollatorFactory {
  readonly type = INCIDENT_SEARCH_TYPE;
  readonly visibilityPermission = incidentReadPermission;

  readonly #reader: IncidentsApiReader;
  readonly #locations: IncidentsSearchLocations;

  static fromConfig(
    config: Config,
    options: {
      auth: AuthService;
      discovery: DiscoveryService;
      pageSize?: number;
    },
  ): IncidentCollatorFactory {
    return new IncidentCollatorFactory(
      new IncidentsApiReader(options),
      readLocations(config),
    );
  }

  private constructor(
    reader: IncidentsApiReader,
    locations: IncidentsSearchLocations,
  ) {
    this.#reader = reader;
    this.#locations = locations;
  }

  async getCollator(): Promise<Readable> {
    return Readable.from(this.execute());
  }

  private async *execute(): AsyncGenerator<Indexed<IncidentSearchDocument>> {
    for await (const incident of this.#reader.list<Incident>('/incidents')) {
      if (incident.security) {
        continue;
      }
      yield {
        title: `${incident.number} · ${incident.title}`,
        text: joinTexts([
          incident.description,
          incident.summary,
          incident.impact,
        ]),
        location: `${this.#locations.incidentsPath}/${incident.number}`,
        number: incident.number,
        severity: incident.severity,
        status: incident.status,
        entityRef: incident.entityRefs[0] ?? '',
        declaredAt: incident.declaredAt,
        authorization: { resourceRef: incident.id },
      };
    }
  }
}
