/**
 * Types, constants, permissions and rules shared by the incidents frontend and backend,
 * one file per domain.
 *
 * @packageDocumentation
 */

export * from './incidents';
export * from './timeline';
export * from './workspace';
export * from './metrics';
export * from './knownErrors';
export * from './postmortems';
export * from './statusUpdates';
export * from './permissions';
export * from './signals';
export * from './severities';
export * from './milestones';
export * from './incidentNumber';
export * from './owners';
export * from './isOneOf';
export * from './search';
export * from './frenchTypography';
export * from './refusals';
