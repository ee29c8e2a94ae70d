/**
 * A severity level. The list is configurable (`incidents.severities`); the default is
 * the CDS handbook's.
 *
 * @public
 */
export type SeverityDefinition = {
  id: string;
  name: string;
  description: string;
  examples: string[];
  postmortemRequired: boolean;
};

/**
 * The `severity` filter value of the incident list and the metrics that matches the
 * incidents whose severity is still to be assessed (null). No configured severity may
 * use it as its id.
 *
 * @public
 */
export const UNASSESSED_SEVERITY_FILTER = 'unassessed';

/**
 * The CDS Incident Management Handbook's severity levels.
 *
 * @public
 */
export const DEFAULT_SEVERITIES: readonly SeverityDefinition[] = [
  {
    id: 'SEV1',
    name: 'SEV1 - Critical',
    description: 'A critical incident with very high impact',
    examples: [
      'Service is down for all users',
      'Confidentiality or privacy is breached',
      'User data loss',
    ],
    postmortemRequired: true,
  },
  {
    id: 'SEV2',
    name: 'SEV2 - Major',
    description: 'A major incident with significant impact',
    examples: [
      'Service is unavailable for a subset of users',
      'Core functionality is significantly impacted',
    ],
    postmortemRequired: true,
  },
  {
    id: 'SEV3',
    name: 'SEV3 - Minor',
    description: 'A minor incident with low impact',
    examples: [
      'A minor inconvenience to users, workaround available',
      'Usable performance degradation',
    ],
    postmortemRequired: false,
  },
];
