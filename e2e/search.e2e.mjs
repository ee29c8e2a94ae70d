// Browser tests of Backstage search with the incidents module, in Debian's Chromium
// driven by playwright-core, against the running demo app (see e2e/run.mjs): an
// incident declared, its postmortem written and a known error recorded through the API
// are indexed by the collators (every 10 seconds under e2e/run.mjs, every minute in the
// demo) and found from the search page with the result type filter; a security incident
// and its postmortem never are.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import {
  APP_URL,
  BACKEND_URL,
  guestToken,
  launchBrowser,
  scenario,
  signedInPage,
} from './browser.mjs';

const { step, screenshot, usePage } = scenario('search');

// Long enough for the demo's one-minute schedule when the app was already running.
const INDEXED_WITHIN_MS = 150_000;

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Calls the incidents API as the guest and returns the answer. */
async function callApi(method, path, body, status) {
  const response = await fetch(`${BACKEND_URL}/api/incidents${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${await guestToken()}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  assert.equal(response.status, status, `${method} ${path}`);
  return response.json();
}

describe('incidents, known errors and postmortems in Backstage search', () => {
  // One word nobody else writes, so only this run's records match.
  const word = `quokka${Date.now()}`;
  const incidentTitle = `Basket totals drift by a cent on checkout ${word}`;
  const knownErrorTitle = `Rounding differs between cart and payments ${word}`;
  let incident;
  let securityIncident;
  let knownError;
  let page;

  before(async () => {
    // Declared and written first: an index that holds the incident or the postmortem
    // below was collated after them.
    securityIncident = await callApi(
      'POST',
      '/incidents',
      {
        title: `Card numbers written to the logs ${word}`,
        severity: 'SEV1',
        security: true,
        entityRefs: ['component:default/checkout-web'],
      },
      201,
    );
    await callApi(
      'PATCH',
      `/incidents/${securityIncident.number}/postmortem`,
      {
        updatedAt: null,
        sections: { summary: `Card numbers were logged (${word}).` },
      },
      200,
    );
    incident = await callApi(
      'POST',
      '/incidents',
      {
        title: incidentTitle,
        severity: 'SEV3',
        entityRefs: ['component:default/checkout-web'],
        description: `Totals are off by one cent on some baskets (${word}).`,
      },
      201,
    );
    await callApi(
      'PATCH',
      `/incidents/${incident.number}/postmortem`,
      {
        updatedAt: null,
        sections: {
          summary: `Totals drifted by a cent for two hours (${word}).`,
          rootCause: 'The cart rounds half up, payments rounds half even.',
        },
      },
      200,
    );
    knownError = await callApi(
      'POST',
      '/known-errors',
      {
        title: knownErrorTitle,
        symptoms: `Basket totals one cent off the charged amount (${word}).`,
        workaround: 'Refund the difference from the payments console.',
        entityRefs: ['component:default/cart-service'],
      },
      201,
    );
    page = await signedInPage(browser);
    usePage(page);
  });

  /**
   * Searches for the run's word with one result type chosen, again until `title`
   * links to `location` (the collators run on a schedule), and returns the results.
   */
  async function findWithType(typeName, title, location) {
    const deadline = Date.now() + INDEXED_WITHIN_MS;
    const link = page.getByRole('link', { name: title });
    for (;;) {
      await page.goto(`${APP_URL}/search?query=${encodeURIComponent(word)}`);
      await page.getByRole('button', { name: typeName, exact: true }).click();
      try {
        await link.waitFor({ timeout: 5000 });
        break;
      } catch (error) {
        if (Date.now() > deadline) {
          throw error;
        }
      }
    }
    assert.equal(await link.getAttribute('href'), location);
    return link;
  }

  step('finds the incident with the Incidents type', async () => {
    await findWithType(
      'Incidents',
      `${incident.number} · ${incidentTitle}`,
      `/incidents/${incident.number}`,
    );
    await page.getByText('Severity: SEV3').first().waitFor();
    await screenshot(page, 'incidents');
  });

  step('never finds the security incident', async () => {
    // Declared before the incident above, so collated with it if it ever were.
    assert.equal(
      await page
        .getByRole('link', { name: new RegExp(`^${securityIncident.number} `) })
        .count(),
      0,
    );
    assert.equal(
      await page.getByText('Card numbers written to the logs').count(),
      0,
    );
  });

  step('finds the known error with the Known errors type', async () => {
    await findWithType(
      'Known errors',
      `${knownError.number} · ${knownErrorTitle}`,
      `/known-errors/${knownError.number}`,
    );
    // The other types are filtered out.
    assert.equal(
      await page
        .getByRole('link', { name: `${incident.number} · ${incidentTitle}` })
        .count(),
      0,
    );
    await screenshot(page, 'known-errors');
  });

  step('finds the postmortem with the Postmortems type', async () => {
    await findWithType(
      'Postmortems',
      `Postmortem ${incident.number} · ${incidentTitle}`,
      `/incidents/${incident.number}/postmortem`,
    );
    assert.equal(
      await page
        .getByRole('link', {
          name: new RegExp(`^Postmortem ${securityIncident.number} `),
        })
        .count(),
      0,
      'the security incident’s postmortem is not indexed',
    );
    await screenshot(page, 'postmortems');
  });

  step('opens the known error from its result', async () => {
    const link = await findWithType(
      'Known errors',
      `${knownError.number} · ${knownErrorTitle}`,
      `/known-errors/${knownError.number}`,
    );
    await link.click();
    await page.waitForURL(new RegExp(`/known-errors/${knownError.number}$`));
    await page.getByRole('heading', { name: knownErrorTitle }).waitFor();
  });
});
