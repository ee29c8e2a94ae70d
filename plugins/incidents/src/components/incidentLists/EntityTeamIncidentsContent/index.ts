export { EntityTeamIncidentsContent } from './EntityTeamIncidentsContent';
