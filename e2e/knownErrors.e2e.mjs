// Browser tests of the known-error database, in Debian's Chromium driven by
// playwright-core, against the running demo app (see e2e/run.mjs): a known error is
// suggested while declaring on its service, its workaround is one click away, "This is
// it" links it, its page lists the incident, and the known-errors page finds it as you
// type; then the same in French.
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

const { step, screenshot, usePage } = scenario('known-errors');

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Records a known error through the API, as the guest. */
async function recordKnownError(body) {
  const response = await fetch(`${BACKEND_URL}/api/incidents/known-errors`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await guestToken()}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  assert.equal(response.status, 201, 'recording a known error');
  return response.json();
}

describe('the known-error database, while declaring and on its own pages', () => {
  const run = Date.now();
  const title = `Payments gateway drops card payments after the certificate rotation (e2e ${run})`;
  let knownError;
  let page;
  let incidentNumber;

  before(async () => {
    knownError = await recordKnownError({
      title,
      symptoms:
        'Card payments fail with **TLS handshake errors** towards the acquirer.',
      rootCause: 'The new certificate chain misses an intermediate.',
      workaround: 'Pin the previous certificate bundle and restart the pods.',
      entityRefs: ['component:default/payments-gateway'],
    });
    page = await signedInPage(browser);
    usePage(page);
  });

  step('suggests the known error while declaring on its service', async () => {
    await page.goto(
      `${APP_URL}/catalog/default/component/payments-gateway/incidents`,
    );
    await page.getByRole('button', { name: 'Declare incident' }).click();
    const dialog = page.getByRole('dialog', { name: 'Declare an incident' });
    await dialog.waitFor();
    await dialog
      .getByLabel('What is wrong?')
      .fill('Card payments fail with TLS handshake errors');
    const suggestions = dialog.getByRole('region', {
      name: 'Known errors that may explain this',
    });
    await suggestions.getByText(title).waitFor();
    await suggestions
      .getByRole('button', { name: 'Show the workaround' })
      .first()
      .click();
    await suggestions
      .getByText('Pin the previous certificate bundle and restart the pods.')
      .waitFor();
    const thisIsIt = suggestions.getByRole('button', {
      name: `This is it: ${knownError.number}`,
    });
    await thisIsIt.click();
    assert.equal(await thisIsIt.getAttribute('aria-pressed'), 'true');
    await dialog.getByRole('radio', { name: /SEV2 - Major/ }).check();
    await screenshot(page, 'declare-suggestion');

    await dialog.getByRole('button', { name: 'Declare', exact: true }).click();
    await page.waitForURL(/\/incidents\/INC-\d+$/);
    incidentNumber = page.url().match(/INC-\d+$/)[0];
  });

  step(
    'shows the linked known error and its workaround on the incident',
    async () => {
      const panel = page.getByRole('region', { name: 'Known errors' });
      await panel.getByRole('link', { name: knownError.number }).waitFor();
      await panel
        .getByText('Pin the previous certificate bundle and restart the pods.')
        .waitFor();
      await page
        .getByRole('list', { name: 'Timeline' })
        .getByText(new RegExp(`Linked the known error ${knownError.number}`))
        .waitFor();
      await screenshot(page, 'incident-panel');
    },
  );

  step('opens the known error and finds the incident it caused', async () => {
    await page
      .getByRole('region', { name: 'Known errors' })
      .getByRole('link', { name: knownError.number })
      .click();
    await page.waitForURL(new RegExp(`/known-errors/${knownError.number}$`));
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByText('TLS handshake errors').first().waitFor();
    const incidents = page.getByRole('region', {
      name: 'Incidents it caused',
    });
    await incidents.getByRole('link', { name: incidentNumber }).waitFor();
    await screenshot(page, 'known-error-page');
  });

  step('finds it on the known-errors page as you type', async () => {
    await page.getByRole('link', { name: 'Known errors' }).first().click();
    await page.waitForURL(/\/known-errors$/);
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('certificate rotat');
    await page.getByRole('link', { name: knownError.number }).waitFor();
    await screenshot(page, 'known-errors-page');
    await search.fill(`nothing like this anywhere ${run}`);
    await page.getByText('No known error matches this search.').waitFor();
  });

  describe('in French', () => {
    step(
      'shows the known error, the page and the suggestions in French',
      async () => {
        await page.goto(`${APP_URL}/settings`);
        await page.getByText('Language', { exact: true }).waitFor();
        await page.getByRole('button', { name: /English/ }).click();
        await page.getByRole('option', { name: /Français/ }).click();

        await page.goto(`${APP_URL}/known-errors/${knownError.number}`);
        await page.getByRole('heading', { name: title }).waitFor();
        await page.getByText('Symptômes', { exact: true }).first().waitFor();
        await page
          .getByText('Solution de contournement', { exact: true })
          .first()
          .waitFor();
        await page
          .getByRole('region', { name: "Incidents qu'elle a causés" })
          .getByRole('link', { name: incidentNumber })
          .waitFor();
        await screenshot(page, 'known-error-page-fr');

        await page.goto(`${APP_URL}/known-errors`);
        await page
          .getByRole('heading', { name: 'Erreurs connues' })
          .first()
          .waitFor();
        await page
          .getByRole('searchbox', { name: 'Rechercher' })
          .fill('certificat');
        await page.getByRole('link', { name: knownError.number }).waitFor();

        await page.goto(
          `${APP_URL}/catalog/default/component/payments-gateway/incidents`,
        );
        await page
          .getByRole('button', { name: 'Déclarer un incident' })
          .click();
        const dialog = page.getByRole('dialog', {
          name: 'Déclarer un incident',
        });
        await dialog
          .getByLabel(/^Qu’est-ce qui ne fonctionne pas\s\?/)
          .fill('Les paiements par carte échouent, erreurs TLS');
        const suggestions = dialog.getByRole('region', {
          name: 'Erreurs connues qui pourraient expliquer ce problème',
        });
        await suggestions.getByText(title).waitFor();
        await suggestions
          .getByRole('button', {
            name: `C'est celle-ci : ${knownError.number}`,
          })
          .waitFor();
        await screenshot(page, 'declare-suggestion-fr');
        await dialog.getByRole('button', { name: 'Annuler' }).click();

        // Back to English, so a rerun against the same app starts where this one did.
        await page.goto(`${APP_URL}/settings`);
        await page.getByRole('button', { name: /Français/ }).click();
        await page.getByRole('option', { name: /English/ }).click();
        await page.getByRole('button', { name: /English/ }).waitFor();
      },
    );
  });
});
