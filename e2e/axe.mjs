// axe-core in the browser tests: audits the page as it is (a dialog open, a menu open)
// against WCAG 2.1 A and AA, and lists what fails in words a person can act on.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axe = require('axe-core');

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The violations of the page in its current state, each as one line: rule, impact, the
 * elements' selectors and what axe says to fix. Empty when the page passes.
 */
export async function axeViolations(page) {
  // Transitions finish first: a half-faded dialog has the wrong contrast.
  await page
    .waitForFunction(
      () => document.getAnimations().every(a => a.playState !== 'running'),
      undefined,
      { timeout: 5000 },
    )
    .catch(() => {});
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: axe.source });
  }
  const violations = await page.evaluate(
    tags =>
      window.axe
        .run(document, { runOnly: { type: 'tag', values: tags } })
        .then(results =>
          results.violations.map(v => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map(n => ({
              target: n.target.join(' '),
              summary: n.failureSummary,
            })),
          })),
        ),
    WCAG_21_AA,
  );
  return violations.flatMap(v =>
    v.nodes.map(
      n =>
        `${v.id} (${v.impact}): ${n.target}\n    ${v.help}\n    ${(
          n.summary ?? ''
        )
          .split('\n')
          .join('\n    ')}`,
    ),
  );
}
