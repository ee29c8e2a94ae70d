/** Incidents listed: the incidents pages' router and list, entity tabs and card, declaring. */
export * from './IncidentsRouter';
export * from './IncidentsListPage';
export * from './EntityIncidentsContent';
export * from './EntityTeamIncidentsContent';
export * from './EntityActiveIncidentsCard';
export * from './DeclareIncidentButton';
