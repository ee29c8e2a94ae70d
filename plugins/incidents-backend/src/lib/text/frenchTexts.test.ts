import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import ts from 'typescript';
import { frenchTypographyMistakes } from '@incident-response/backstage-plugin-incidents-common';

/**
 * The backend's French (Slack answers and forms, notifications, the bilingual
 * announcement, the French names of statuses, roles and severities) follows French
 * typography. The texts are read from the source: everything in a declaration named
 * `fr`, `FRENCH_…` or `DEFAULT_FRENCH_…`, and elsewhere every text with a letter only
 * French uses. The parts of a template are read between its placeholders, so
 * `Canal : ${channel}` is caught as `Canal : `.
 */
const SRC = join(__dirname, '../..');
const FRENCH_DECLARATION = /^(fr|FRENCH_\w+|DEFAULT_FRENCH_\w+)$/;
const FRENCH_LETTER = /[éèàùçêôîâœ«»]/i;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      // Generated code, and test data written as people write it.
      return ['generated', '__testUtils__'].includes(entry.name)
        ? []
        : sourceFiles(path);
    }
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)
      ? [path]
      : [];
  });
}

function frenchTexts(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const texts: string[] = [];
  const visit = (node: ts.Node, inFrench: boolean) => {
    const french =
      inFrench ||
      (ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        FRENCH_DECLARATION.test(node.name.text));
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const isKey =
        ts.isPropertyAssignment(node.parent) && node.parent.name === node;
      const isModule =
        ts.isImportDeclaration(node.parent) ||
        ts.isExportDeclaration(node.parent);
      if (!isKey && !isModule && (french || FRENCH_LETTER.test(node.text))) {
        texts.push(node.text);
      }
    }
    ts.forEachChild(node, child => visit(child, french));
  };
  visit(source, false);
  return texts;
}

describe("the backend's French texts", () => {
  const files = sourceFiles(SRC);

  it('are found', () => {
    expect(files.flatMap(frenchTexts).length).toBeGreaterThan(100);
  });

  it('follow French typography', () => {
    const mistakes = files.flatMap(file =>
      frenchTexts(file).flatMap(text =>
        frenchTypographyMistakes(text).map(
          mistake => `${relative(SRC, file)}: ${mistake}`,
        ),
      ),
    );
    expect(mistakes).toEqual([]);
  });
});
