import { StepContext, StepRun, StepSuccess } from '../StepContext';

/** The template's placeholders, filled in once the channel and the Meet exist. */
export async function fillPostmortemDocument(
  run: StepRun,
  context: StepContext,
): Promise<StepSuccess> {
  const doc = context.succeeded(run, 'google.doc')!;
  // Saved before the call: if the answer is lost, the re-run reuses the text that is
  // now in the document, so closing can find and replace it.
  if (!run.result.statusText) {
    await run.save({
      statusText: context.document.docStatusText(
        run.incident.status,
        new Date().toISOString(),
      ),
    });
  }
  const replaced = await context.google.replaceAllText(
    String(doc.documentId),
    context.document.docReplacements(
      run.incident,
      context.links(run),
      String(run.result.statusText),
    ),
  );
  await run.save({
    documentId: doc.documentId,
    url: doc.documentUrl,
    replaced,
  });
  const filled = Object.values(replaced).filter(n => n > 0).length;
  return {
    result: run.result,
    summary:
      filled === 0 && run.mayHaveRun
        ? 'The postmortem document was already filled in'
        : `Filled in ${filled} placeholder${
            filled === 1 ? '' : 's'
          } of the postmortem document`,
  };
}
