/**
 * The search document type of incidents (`@incident-response/backstage-plugin-search-backend-module-incidents`),
 * for the search page's type filter and result items.
 *
 * @public
 */
export const INCIDENT_SEARCH_TYPE = 'incident';

/**
 * The search document type of known errors.
 *
 * @public
 */
export const KNOWN_ERROR_SEARCH_TYPE = 'known-error';

/**
 * The search document type of postmortems.
 *
 * @public
 */
export const POSTMORTEM_SEARCH_TYPE = 'postmortem';

/**
 * An incident as Backstage search indexes it. Every field is a string and every
 * document has them all, as the Lunr search engine needs. Security incidents are never
 * indexed.
 *
 * @public
 */
export type IncidentSearchDocument = {
  /** `INC-12 · <title>`. */
  title: string;
  /** The description, summary and impact. */
  text: string;
  /** The incident's page, `/incidents/INC-12`. */
  location: string;
  /** `INC-12`. */
  number: string;
  /** Null while the severity is to be assessed. */
  severity: string | null;
  status: string;
  /** The first affected entity, the primary one. */
  entityRef: string;
  declaredAt: string;
};

/**
 * A known error as Backstage search indexes it.
 *
 * @public
 */
export type KnownErrorSearchDocument = {
  /** `KE-3 · <title>`. */
  title: string;
  /** The symptoms, workaround, root cause and permanent fix. */
  text: string;
  /** The known error's page, `/known-errors/KE-3`. */
  location: string;
  /** `KE-3`. */
  number: string;
  status: string;
  /** The first affected entity. */
  entityRef: string;
  updatedAt: string;
};

/**
 * A saved postmortem as Backstage search indexes it. Postmortems of security incidents
 * are never indexed.
 *
 * @public
 */
export type PostmortemSearchDocument = {
  /** `Postmortem INC-12 · <incident title>`. */
  title: string;
  /** Its sections, in their order. */
  text: string;
  /** The incident's Postmortem tab, `/incidents/INC-12/postmortem`. */
  location: string;
  /** The incident's number, `INC-12`. */
  number: string;
  /** The incident's severity; null while it is to be assessed. */
  severity: string | null;
  /** The postmortem's status: draft, in-review, approved. */
  status: string;
  /** The incident's first affected entity. */
  entityRef: string;
  updatedAt: string;
};
