import { StepContext, StepRun, StepSuccess } from '../StepContext';

/** Drive app property tagging the postmortem copy with the incident it belongs to. */
const DOC_INCIDENT_PROPERTY = 'backstageIncidentId';

/**
 * The postmortem document, copied from the template into the incidents folder and
 * tagged with the incident, so a re-run finds it by that tag.
 */
export async function copyPostmortemDocument(
  run: StepRun,
  context: StepContext,
): Promise<StepSuccess> {
  const google = context.google;
  const { incident } = run;
  if (!run.result.documentId) {
    const found = run.mayHaveRun
      ? await google.findFileByAppProperty(DOC_INCIDENT_PROPERTY, incident.id)
      : undefined;
    const file =
      found ??
      (await google.copyFile({
        fileId: google.settings.postmortemTemplateId!,
        name: `${incident.number} Postmortem: ${incident.title}`,
        folderId: google.settings.incidentsFolderId,
        appProperties: {
          [DOC_INCIDENT_PROPERTY]: incident.id,
          backstageIncidentNumber: incident.number,
        },
      }));
    await run.save({
      documentId: file.id,
      documentName: file.name,
      documentUrl: file.url,
      url: file.url,
    });
  }
  return {
    result: run.result,
    summary: `Created the postmortem document "${run.result.documentName}" from the template`,
  };
}
