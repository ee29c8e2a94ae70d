// Browser tests of the demo app in French, in Debian's Chromium driven by
// playwright-core, against the running demo app (see e2e/run.mjs): once French is
// chosen in the settings, <html lang> says so and the shell around the plugin (sidebar,
// entity tabs, Backstage's own cards, the search page, the settings, the not-found page)
// is in French too.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { APP_URL, launchBrowser, scenario, signedInPage } from './browser.mjs';

const { step, screenshot, usePage } = scenario('french');

let browser;
let page;

before(async () => {
  browser = await launchBrowser();
  page = await signedInPage(browser);
  usePage(page);
});

after(async () => {
  await browser?.close();
});

const documentLanguage = () =>
  page.evaluate(() => document.documentElement.lang);

describe('the demo app in French', () => {
  step(
    'choosing French in the settings puts the shell and <html lang> in French',
    async () => {
      assert.equal(await documentLanguage(), 'en');
      await page.goto(`${APP_URL}/settings`);
      await page.getByRole('button', { name: /English/ }).click();
      await page.getByRole('option', { name: /Français/ }).click();
      await page.getByText('Langue', { exact: true }).waitFor();
      assert.equal(await documentLanguage(), 'fr');
      const sidebar = page.getByRole('navigation').first();
      await sidebar.getByRole('link', { name: 'Catalogue' }).waitFor();
      await sidebar.getByRole('link', { name: 'Paramètres' }).first().waitFor();
      await page.getByText('Apparence', { exact: true }).waitFor();
      await screenshot(page, 'settings');
    },
  );

  step(
    'entity pages have their tabs and Backstage’s cards in French',
    async () => {
      await page.goto(`${APP_URL}/catalog/default/component/cart-service`);
      const tabs = page.getByRole('tablist');
      for (const tab of [
        'Vue d’ensemble',
        'Incidents',
        'Erreurs connues',
        'Actions de suivi',
        'Dépendances',
      ]) {
        await tabs.getByRole('tab', { name: tab }).waitFor();
      }
      await page.getByText('À propos', { exact: true }).waitFor();
      await screenshot(page, 'entity-page');
    },
  );

  step('the search page and the not-found page are in French', async () => {
    await page.goto(`${APP_URL}/search`);
    await page.getByRole('heading', { name: 'Rechercher' }).first().waitFor();
    await page.getByText('Type de résultat').first().waitFor();
    await screenshot(page, 'search');

    await page.goto(`${APP_URL}/nowhere-at-all`);
    await page
      .getByRole('button', { name: 'Revenir en arrière' })
      .or(page.getByRole('link', { name: 'Revenir en arrière' }))
      .first()
      .waitFor();
    assert.equal(await documentLanguage(), 'fr');
    await screenshot(page, 'not-found');
  });

  step(
    'moments are typed day first on the 24-hour clock, whatever the browser’s locale',
    async () => {
      await page.goto(
        `${APP_URL}/catalog/default/component/cart-service/incidents`,
      );
      await page.getByRole('button', { name: 'Déclarer un incident' }).click();
      const dialog = page.getByRole('dialog', { name: 'Déclarer un incident' });
      await dialog
        .getByRole('radio', { name: "Non, c'est déjà arrivé" })
        .check();
      const started = dialog.getByRole('textbox', {
        name: /Quand l.impact a-t-il commencé/,
      });
      assert.match(
        await started.getAttribute('placeholder'),
        /26\/01\/2027 14:05/,
      );
      await started.fill('01/03/2026 14:30');
      assert.equal(await started.inputValue(), '01/03/2026 14:30');
      await screenshot(page, 'declare-moments');
      await dialog.getByRole('button', { name: 'Annuler' }).click();
    },
  );

  step('choosing English again puts <html lang> back', async () => {
    await page.goto(`${APP_URL}/settings`);
    await page.getByRole('button', { name: /Français/ }).click();
    await page.getByRole('option', { name: /English/ }).click();
    await page.getByText('Language', { exact: true }).waitFor();
    assert.equal(await documentLanguage(), 'en');
  });
});
