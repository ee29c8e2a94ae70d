import { StepContext, StepRun, StepSuccess } from '../StepContext';
import { StatusStepInput } from '../stepInputs';

/** On closing: the postmortem document's status line says so. */
export async function updateDocumentStatus(
  run: StepRun,
  context: StepContext,
  input: StatusStepInput,
): Promise<StepSuccess> {
  const fill = context.succeeded(run, 'google.doc-fill');
  const doc = context.succeeded(run, 'google.doc');
  const written = fill?.statusText as string | undefined;
  if (!doc || !written) {
    return {
      result: {},
      summary: 'The postmortem document has no status to update',
    };
  }
  if (!run.result.statusText) {
    await run.save({
      statusText: context.document.docStatusText(input.to, input.at),
    });
  }
  const replaced = await context.google.replaceAllText(String(doc.documentId), [
    [written, String(run.result.statusText)],
  ]);
  return {
    result: {
      ...run.result,
      documentId: doc.documentId,
      url: doc.documentUrl,
      replaced: replaced[written],
    },
    summary: `Set the postmortem document's status to "${run.result.statusText}"`,
  };
}
