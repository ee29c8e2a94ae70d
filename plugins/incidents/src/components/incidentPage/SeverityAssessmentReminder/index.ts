export { SeverityAssessmentReminder } from './SeverityAssessmentReminder';
export type { SeverityAssessmentReminderProps } from './SeverityAssessmentReminder';
