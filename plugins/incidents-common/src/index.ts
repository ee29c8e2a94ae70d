/**
 * Types, constants, permissions and rules shared by the incidents frontend and backend.
 *
 * @packageDocumentation
 */

export * from './constants';
export * from './severities';
export * from './milestones';
export * from './permissions';
export * from './types';
export * from './incidentNumber';
export * from './metrics';
export * from './owners';
