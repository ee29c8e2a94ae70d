// Helpers for the browser tests: Debian's Chromium through playwright-core, a page
// signed in as the demo's guest, numbered screenshots in e2e-output/, and scenario
// steps that are skipped after one fails.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { enterAsGuest, guestIdentity } from './demoApp.mjs';

export { launchBrowser } from './demoApp.mjs';

export const APP_URL = process.env.E2E_APP_URL ?? 'http://localhost:3000';
export const BACKEND_URL =
  process.env.E2E_BACKEND_URL ?? 'http://localhost:7007';
export const OUTPUT = join(import.meta.dirname, '..', 'e2e-output');
// The dev build is slow on small CI machines; UI steps get a generous timeout.
const STEP_TIMEOUT = 30_000;

mkdirSync(OUTPUT, { recursive: true });

/**
 * A scenario: `step(name, fn)` adds a test that is skipped once an earlier step failed
 * (the steps build on each other), and leaves a screenshot of the failure;
 * `screenshot(page, name)` numbers its pictures `<prefix>-01-<name>.png`.
 */
export function scenario(prefix) {
  let count = 0;
  let failedStep;
  let currentPage;
  return {
    usePage(page) {
      currentPage = page;
    },
    step(name, fn) {
      test(name, async t => {
        if (failedStep) {
          t.skip(`after "${failedStep}" failed`);
          return;
        }
        try {
          await fn(t);
        } catch (error) {
          failedStep = name;
          await currentPage
            ?.screenshot({
              path: join(
                OUTPUT,
                `FAILED-${prefix}-${name.replace(/\W+/g, '-')}.png`,
              ),
              fullPage: true,
            })
            .catch(() => {});
          throw error;
        }
      });
    },
    async screenshot(page, name) {
      // Transitions (dialogs, charts) finish first, so the picture shows the end state.
      await page
        .waitForFunction(
          () => document.getAnimations().every(a => a.playState !== 'running'),
          undefined,
          { timeout: 5000 },
        )
        .catch(() => {});
      count += 1;
      await page.screenshot({
        path: join(
          OUTPUT,
          `${prefix}-${String(count).padStart(2, '0')}-${name}.png`,
        ),
        fullPage: true,
      });
    },
  };
}

/** A page in a fresh browser context, signed in as the guest, on the catalog. */
export async function signedInPage(browser, viewport) {
  const context = await browser.newContext({
    viewport: viewport ?? { width: 1400, height: 1000 },
    locale: 'en-CA',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  // Resolves once the page's signals connection is open and subscribed to incidents:
  // changes made before that cannot reach it.
  page.subscribedToIncidentSignals = new Promise(resolveSubscribed => {
    page.on('websocket', socket => {
      if (!socket.url().endsWith('/api/signals')) {
        return;
      }
      socket.on('framesent', frame => {
        const payload = String(frame.payload);
        if (
          payload.includes('"subscribe"') &&
          payload.includes('"incidents"')
        ) {
          resolveSubscribed();
        }
      });
    });
  });
  page.on('pageerror', error =>
    console.error(`[browser] page error: ${error.message}`),
  );
  await enterAsGuest(page, APP_URL);
  return page;
}

/** A guest token for the backend API. */
export async function guestToken() {
  const guest = await guestIdentity(BACKEND_URL);
  assert.ok(guest, `guest sign-in for the API at ${BACKEND_URL}`);
  return guest.token;
}
