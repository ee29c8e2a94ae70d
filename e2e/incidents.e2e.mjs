// Browser tests of the incidents frontend, in Debian's Chromium driven by playwright-core,
// against the running demo app. `npm run test:e2e` (e2e/run.mjs) starts the app on a
// fresh database and runs this file with Node's test runner; every step leaves a
// screenshot in e2e-output/.
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

const { step, screenshot, usePage } = scenario('incidents');

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

describe('declaring and running an incident from a component page', () => {
  const title = `Cart totals are wrong (e2e ${Date.now()})`;
  let page;
  let incidentNumber;

  before(async () => {
    page = await signedInPage(browser);
    usePage(page);
  });

  step('opens a component and its Incidents tab', async () => {
    await page.getByRole('link', { name: 'Cart service' }).first().click();
    await page.getByRole('heading', { name: 'Cart service' }).waitFor();
    // The overview card: no active incident, and a link to the tab.
    await page.getByText('No active incident.').waitFor();
    assert.match(
      await page
        .getByRole('link', { name: /All incidents of this entity/ })
        .getAttribute('href'),
      /\/catalog\/default\/component\/cart-service\/incidents$/,
    );
    await screenshot(page, 'component-overview');
    await page.getByRole('tab', { name: 'Incidents' }).click();
    await page.getByText('No incident on Cart service yet').waitFor();
    await page.getByRole('button', { name: 'Declare incident' }).waitFor();
    await screenshot(page, 'incidents-tab-before');
  });

  step('declares an incident and lands on its page', async () => {
    await page.getByRole('button', { name: 'Declare incident' }).click();
    const dialog = page.getByRole('dialog', { name: 'Declare an incident' });
    await dialog.waitFor();

    // Submitting empty shows the client-side rules next to the fields.
    await dialog.getByRole('button', { name: 'Declare', exact: true }).click();
    await dialog.getByText('Say what is wrong').waitFor();

    await dialog.getByLabel('What is wrong?').fill(title);
    await dialog.getByRole('radio', { name: /SEV2 - Major/ }).check();
    await dialog
      .getByLabel('Description')
      .fill('Basket totals ignore **discounts** since the 10:40 deploy.');
    // The affected service is prefilled and its owner will be linked.
    await dialog.getByText('cart-service', { exact: true }).waitFor();
    await dialog.getByRole('link', { name: /Storefront/ }).waitFor();
    await screenshot(page, 'declare-dialog');

    await dialog.getByRole('button', { name: 'Declare', exact: true }).click();
    await page.waitForURL(/\/incidents\/INC-\d+$/);
    incidentNumber = page.url().match(/INC-\d+$/)[0];
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByText('Roles', { exact: true }).first().waitFor();
    await screenshot(page, 'incident-page');
  });

  step('adds a note to the timeline, rendered as Markdown', async () => {
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await page
      .getByLabel('What happened')
      .fill('Rolled back **cart-service** to v1.4.2');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await timeline.locator('strong', { hasText: 'cart-service' }).waitFor();
    assert.equal(await page.getByLabel('What happened').inputValue(), '');
    await screenshot(page, 'timeline-note');
  });

  step('shows a change made by someone else without a reload', async () => {
    await page.subscribedToIncidentSignals;
    const token = await guestToken();
    const response = await fetch(
      `${BACKEND_URL}/api/incidents/incidents/${incidentNumber}/timeline`,
      {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          kind: 'decision',
          body: 'Freeze deploys to the storefront until resolved',
        }),
      },
    );
    assert.equal(response.status, 201);
    await page
      .getByText('Freeze deploys to the storefront until resolved')
      .waitFor({ timeout: 15_000 });
    await screenshot(page, 'live-update');
  });

  step('raises the severity and records the summary and impact', async () => {
    await page.getByRole('button', { name: 'Edit details' }).click();
    const dialog = page.getByRole('dialog', { name: `Edit ${incidentNumber}` });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /SEV1 - Critical/ }).check();
    await dialog
      .getByLabel('Summary', { exact: true })
      .fill('Rolled back; new baskets are right again, old ones still wrong.');
    await dialog
      .getByLabel('Impact', { exact: true })
      .fill(
        'Every basket created since 10:40 showed totals without discounts.',
      );
    await screenshot(page, 'edit-dialog');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline
      .getByText(/Changed the severity from SEV2.* to SEV1/)
      .waitFor();
    await page
      .getByText('Every basket created since 10:40 showed totals')
      .waitFor();
    await screenshot(page, 'edited');
  });

  step('hands the incident commander role over', async () => {
    await page
      .getByRole('button', { name: 'Hand over: Incident commander' })
      .click();
    const dialog = page.getByRole('dialog', {
      name: 'Hand over the Incident commander role',
    });
    await dialog.waitFor();
    const person = dialog.getByLabel('Person');
    await person.click();
    await person.fill('Amélie');
    await page.getByRole('option', { name: /Amélie Tremblay/ }).click();
    await dialog
      .getByLabel('Handoff note')
      .fill(
        'Rollback done, totals correct again for new baskets. Next: fix old baskets. With Omar and Sofia.',
      );
    await screenshot(page, 'handover-dialog');
    await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline
      .getByText(/is now Incident commander, taking over from/)
      .waitFor();
    await page
      .getByText('Rollback done, totals correct again')
      .first()
      .waitFor();
    await screenshot(page, 'handed-over');
  });

  step('resolves the incident', async () => {
    await page.getByRole('button', { name: 'Resolve', exact: true }).click();
    const dialog = page.getByRole('dialog', {
      name: `Resolve: ${incidentNumber}`,
    });
    await dialog.getByLabel('When did it take effect?').waitFor();
    await dialog.getByRole('button', { name: 'Resolve', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Close', exact: true }).waitFor();
    await page
      .getByRole('list', { name: 'Timeline' })
      .getByText('Changed the status from Active to Resolved')
      .waitFor();
    await screenshot(page, 'resolved');
  });

  step("sees the incident in the tab's history", async () => {
    await page.goto(
      `${APP_URL}/catalog/default/component/cart-service/incidents`,
    );
    const history = page.getByRole('region', { name: 'Past incidents' });
    await history.getByRole('link', { name: incidentNumber }).waitFor();
    await history.getByText('Resolved').first().waitFor();
    const active = page.getByRole('region', { name: 'Active incidents' });
    await active.waitFor();
    assert.equal(
      await active.getByRole('link', { name: incidentNumber }).count(),
      0,
    );
    await screenshot(page, 'incidents-tab-history');
  });

  step('the incidents page lists it and filters it', async () => {
    await page.getByRole('link', { name: 'Incidents' }).first().click();
    await page.getByRole('link', { name: incidentNumber }).first().waitFor();
    await page
      .getByRole('searchbox', { name: 'Search' })
      .fill('no such incident anywhere');
    await page.getByText('No incident matches these filters.').waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill(title);
    await page.getByRole('link', { name: incidentNumber }).first().waitFor();
    await screenshot(page, 'incidents-page');
  });

  step(
    'declares with a title alone: the severity is to be assessed',
    async () => {
      const quick = `Cart page is slow (e2e ${Date.now()})`;
      await page.goto(
        `${APP_URL}/catalog/default/component/cart-service/incidents`,
      );
      await page.getByRole('button', { name: 'Declare incident' }).click();
      const dialog = page.getByRole('dialog', { name: 'Declare an incident' });
      await dialog.getByLabel('What is wrong?').fill(quick);
      assert.equal(
        await dialog
          .getByRole('radio', { name: /^Not sure yet: to be assessed/ })
          .isChecked(),
        true,
      );
      await dialog
        .getByRole('button', { name: 'Declare', exact: true })
        .click();
      await page.waitForURL(/\/incidents\/INC-\d+$/);
      await page.getByRole('heading', { name: quick }).waitFor();
      await page.getByText('To be assessed', { exact: true }).first().waitFor();
      // The reminder asks for the severity, with the guidance, and sets it there.
      const reminder = page.getByRole('region', {
        name: /^The severity of INC-\d+ is still to be assessed$/,
      });
      await reminder.waitFor();
      await screenshot(page, 'incident-to-be-assessed');
      await reminder
        .getByRole('button', { name: 'Assess the severity' })
        .click();
      await reminder.getByRole('radio', { name: /SEV3 - Minor/ }).check();
      await reminder.getByRole('button', { name: 'Set the severity' }).click();
      await page.getByText('Severity set to SEV3 - Minor').waitFor();
      await reminder.waitFor({ state: 'detached' });
      await page
        .getByRole('list', { name: 'Timeline' })
        .getByText('Changed the severity from to be assessed to SEV3 - Minor')
        .waitFor();
      // Resolved, so that Cart service has no active incident when the file runs again.
      const number = page.url().match(/INC-\d+$/)[0];
      await page.getByRole('button', { name: 'Resolve', exact: true }).click();
      const resolve = page.getByRole('dialog', { name: `Resolve: ${number}` });
      await resolve
        .getByRole('button', { name: 'Resolve', exact: true })
        .click();
      await resolve.waitFor({ state: 'detached' });
    },
  );

  describe('in French', () => {
    step(
      'switching the language in the settings switches the plugin',
      async () => {
        await page.goto(`${APP_URL}/settings`);
        await page.getByText('Language', { exact: true }).waitFor();
        await page.getByRole('button', { name: /English/ }).click();
        await page.getByRole('option', { name: /Français/ }).click();
        await page.goto(`${APP_URL}/incidents/${incidentNumber}`);
        await page.getByRole('heading', { name: title }).waitFor();
        await page.getByText('Chronologie', { exact: true }).first().waitFor();
        await page.getByText('Rôles', { exact: true }).first().waitFor();
        await page.getByText('Résolu', { exact: true }).first().waitFor();
        await page
          .getByRole('button', { name: 'Clore', exact: true })
          .waitFor();
        await page
          .getByRole('list', { name: 'Chronologie' })
          .getByText('A changé le statut de « Actif » à « Résolu »')
          .waitFor();
        await screenshot(page, 'incident-page-fr');

        await page.goto(
          `${APP_URL}/catalog/default/component/cart-service/incidents`,
        );
        await page
          .getByRole('button', { name: 'Déclarer un incident' })
          .click();
        const dialog = page.getByRole('dialog', {
          name: 'Déclarer un incident',
        });
        await dialog.getByRole('radio', { name: /SEV1 - Critique/ }).waitFor();
        await dialog.getByText('Perte de données des utilisateurs').waitFor();
        await screenshot(page, 'declare-dialog-fr');
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
