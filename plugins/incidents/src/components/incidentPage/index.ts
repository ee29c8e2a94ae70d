/** One incident's page and its parts. */
export * from './IncidentPage';
export * from './SeverityAssessmentReminder';
