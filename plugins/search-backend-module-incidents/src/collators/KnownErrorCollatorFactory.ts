import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  KnownError,
  knownErrorReadPermission,
  KNOWN_ERROR_SEARCH_TYPE,
  KnownErrorSearchDocument,
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
 * Collates the known-error database for Backstage search (document type
 * `known-error`) from the incidents plugin's `GET /known-errors`: symptoms, workaround,
 * root cause and permanent fix. Results are shown to those the permission policy lets
 * read the known error (`knownError.read` on its id).
 *
 * @public
 */
export class KnownErrorCollatorFactory implements DocumentCollatorFactory {
  readonly type = KNOWN_ERROR_SEARCH_TYPE;
  readonly visibilityPermission = knownErrorReadPermission;

  readonly #reader: IncidentsApiReader;
  readonly #locations: IncidentsSearchLocations;

  static fromConfig(
    config: Config,
    options: {
      auth: AuthService;
      discovery: DiscoveryService;
      pageSize?: number;
    },
  ): KnownErrorCollatorFactory {
    return new KnownErrorCollatorFactory(
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

  private async *execute(): AsyncGenerator<Indexed<KnownErrorSearchDocument>> {
    for await (const knownError of this.#reader.list<KnownError>(
      '/known-errors',
    )) {
      yield {
        title: `${knownError.number} · ${knownError.title}`,
        text: joinTexts([
          knownError.symptoms,
          knownError.workaround,
          knownError.rootCause,
          knownError.permanentFix,
        ]),
        location: `${this.#locations.knownErrorsPath}/${knownError.number}`,
        number: knownError.number,
        status: knownError.status,
        entityRef: knownError.entityRefs[0] ?? '',
        updatedAt: knownError.updatedAt,
        authorization: { resourceRef: knownError.id },
      };
    }
  }
}
