/**
 * Incident Response for Backstage: the frontend plugin.
 *
 * @packageDocumentation
 */

export { incidentsPlugin } from './plugin';
export * from './api';
