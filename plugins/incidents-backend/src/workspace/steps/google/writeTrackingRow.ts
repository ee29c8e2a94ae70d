import { trackingRow } from '../../content/trackingRow';
import { StepContext, StepRun, StepSuccess } from '../StepContext';

/** The incident's tracking-sheet row, found again by incident number on every rewrite. */
export async function writeTrackingRow(
  run: StepRun,
  context: StepContext,
): Promise<StepSuccess> {
  const google = context.google;
  const spreadsheetId = google.settings.trackingSpreadsheetId!;
  const values = trackingRow(context.facts, run.incident, context.links(run));
  const url = `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`;
  // A new incident's first attempt cannot have a row yet; every other run looks for it
  // (people may also have sorted the sheet since).
  const row =
    run.step.kind === 'google.sheet' && !run.mayHaveRun
      ? undefined
      : await google.findTrackingRow(spreadsheetId, run.incident.number);
  const range = row
    ? await google.updateTrackingRow(spreadsheetId, row, values)
    : await google.appendTrackingRow(spreadsheetId, values);
  return {
    result: { spreadsheetId, range, url },
    summary: row
      ? `Updated the tracking sheet row (${values[4]})`
      : 'Added the incident to the tracking sheet',
  };
}
