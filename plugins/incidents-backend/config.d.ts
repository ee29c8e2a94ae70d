export interface Config {
  /** Incident Response for Backstage. */
  incidents?: {
    /**
     * The severity levels, most severe first. Defaults to the CDS handbook's SEV1-SEV3.
     */
    severities?: Array<{
      /** Stored on incidents and used in the API, e.g. `SEV1`. */
      id: string;
      /** Shown to people, e.g. `SEV1 - Critical`. Defaults to the id. */
      name?: string;
      /** When to choose this level. */
      description?: string;
      /** Typical situations at this level. */
      examples?: string[];
      /** Whether incidents at this level need a postmortem. Defaults to false. */
      postmortemRequired?: boolean;
    }>;
  };
}
