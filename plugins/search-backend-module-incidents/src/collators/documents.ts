import { Config } from '@backstage/config';
import { IndexableDocument } from '@backstage/plugin-search-common';

/**
 * Where the app shows incidents and known errors: the mount points of the incidents
 * plugin's `IncidentsPage` and `KnownErrorsPage`.
 *
 * @public
 */
export type IncidentsSearchLocations = {
  /** `/incidents` unless `search.collators.incidents.incidentsPath` says otherwise. */
  incidentsPath: string;
  /** `/known-errors` unless `search.collators.incidents.knownErrorsPath` says otherwise. */
  knownErrorsPath: string;
};

/** The config key of the module. */
export const CONFIG_KEY = 'search.collators.incidents';

export function readLocations(config: Config): IncidentsSearchLocations {
  const path = (key: string, fallback: string) =>
    (config.getOptionalString(`${CONFIG_KEY}.${key}`) ?? fallback).replace(
      /\/+$/,
      '',
    );
  return {
    incidentsPath: path('incidentsPath', '/incidents'),
    knownErrorsPath: path('knownErrorsPath', '/known-errors'),
  };
}

/** Joins the texts that are there, a blank line between them. */
export function joinTexts(texts: Array<string | null | undefined>): string {
  return texts
    .map(text => text?.trim())
    .filter(Boolean)
    .join('\n\n');
}

/** A document with the search fields of `T` and the resource its readers need. */
export type Indexed<T> = T &
  IndexableDocument & { authorization: { resourceRef: string } };
