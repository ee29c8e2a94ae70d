import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  incidentReadPermission,
  POSTMORTEM_SEARCH_TYPE,
  POSTMORTEM_SECTIONS,
  PostmortemListItem,
  PostmortemSearchDocument,
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
 * Collates postmortems for Backstage search (document type `postmortem`) from the
 * incidents plugin's `GET /postmortems`: the saved postmortems' sections. That list
 * never holds a security incident's. Results are shown to those the permission policy
 * lets read the incident (`incident.read` on its id).
 *
 * @public
 */
export class PostmortemCollatorFactory implements DocumentCollatorFactory {
  readonly type = POSTMORTEM_SEARCH_TYPE;
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
  ): PostmortemCollatorFactory {
    return new PostmortemCollatorFactory(
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

  private async *execute(): AsyncGenerator<Indexed<PostmortemSearchDocument>> {
    for await (const postmortem of this.#reader.list<PostmortemListItem>(
      '/postmortems',
    )) {
      yield {
        title: `Postmortem ${postmortem.incidentNumber} · ${postmortem.incidentTitle}`,
        text: joinTexts(
          POSTMORTEM_SECTIONS.map(section => postmortem.sections[section]),
        ),
        location: `${this.#locations.incidentsPath}/${
          postmortem.incidentNumber
        }/postmortem`,
        number: postmortem.incidentNumber,
        severity: postmortem.severity,
        status: postmortem.status,
        entityRef: postmortem.entityRefs[0] ?? '',
        updatedAt: postmortem.updatedAt,
        authorization: { resourceRef: postmortem.incidentId },
      };
    }
  }
}
