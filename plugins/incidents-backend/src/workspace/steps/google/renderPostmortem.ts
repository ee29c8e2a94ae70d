import { renderPostmortemText } from '../../content/postmortemRendering';
import { StepContext, StepRun, StepSuccess } from '../StepContext';
import { PostmortemRenderStepInput } from '../stepInputs';

/** The named range covering the rendered postmortem in its document. */
export const POSTMORTEM_RANGE_NAME = 'backstage-postmortem';

/**
 * On approval: the approved postmortem, rendered into its document as one block under
 * a named range, which the next approval's rendering replaces. A re-run finds the
 * block it wrote (a lost response) by its text and leaves it; an approval that is no
 * longer the current one renders nothing, so an old one never overwrites a newer one.
 */
export async function renderPostmortem(
  run: StepRun,
  context: StepContext,
  input: PostmortemRenderStepInput,
): Promise<StepSuccess> {
  const postmortem = await context.postmortems.get(run.incident.id);
  if (postmortem.status !== 'approved') {
    return {
      result: {},
      summary:
        'Rendered nothing: the postmortem was sent back to draft after this approval',
    };
  }
  // Compared as instants: the step's input and the stored postmortem may not spell the
  // same time alike (database precision, time zone suffix).
  if (
    Date.parse(String(postmortem.approvedAt)) !== Date.parse(input.approvedAt)
  ) {
    return {
      result: {},
      summary:
        'Rendered nothing: the postmortem was approved again since, and that version is rendered instead',
    };
  }
  const doc = context.succeeded(run, 'google.doc');
  if (!doc) {
    return {
      result: {},
      summary: 'Rendered nothing: the incident has no postmortem document',
    };
  }
  const documentId = String(doc.documentId);
  const rendered = renderPostmortemText(postmortem, input);
  const site = await context.google.getNamedBlock(
    documentId,
    POSTMORTEM_RANGE_NAME,
  );
  const alreadyThere = site.block?.text === rendered.text;
  if (!alreadyThere) {
    await context.google.replaceNamedBlock(
      documentId,
      POSTMORTEM_RANGE_NAME,
      site,
      rendered,
    );
  }
  await run.save({
    documentId,
    url: doc.documentUrl,
    characters: rendered.text.length,
  });
  return {
    result: run.result,
    summary: alreadyThere
      ? 'The approved postmortem was already in its document'
      : 'Rendered the approved postmortem into its document',
  };
}
