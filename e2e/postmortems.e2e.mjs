// Browser tests of postmortems, in Debian's Chromium driven by playwright-core, against
// the running demo app (see e2e/run.mjs), in English and then in French: write the
// postmortem of a SEV2, add an action item for a team, submit it for review, approve it
// (the demo's guest is in the SRE team, which may approve), close the incident, and find
// the item on the team's Action items tab.
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

const { step, screenshot, usePage } = scenario('postmortems');

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** A resolved SEV2 on checkout-web, recorded through the API as the guest. */
async function resolvedIncident(title) {
  const response = await fetch(`${BACKEND_URL}/api/incidents/incidents`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await guestToken()}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      title,
      severity: 'SEV2',
      entityRefs: ['component:default/checkout-web'],
      description: 'Card payments failed at checkout after a deploy.',
      mode: 'retrospective',
      impactStartedAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
      detectedAt: new Date(Date.now() - 170 * 60_000).toISOString(),
      resolvedAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
    }),
  });
  assert.equal(response.status, 201, 'recording the incident');
  return response.json();
}

async function switchLanguage(page, from, to) {
  await page.goto(`${APP_URL}/settings`);
  await page
    .getByText(/Language|Langue/)
    .first()
    .waitFor();
  await page.getByRole('button', { name: from }).click();
  await page.getByRole('option', { name: to }).click();
  await page.getByRole('button', { name: to }).waitFor();
}

const ENGLISH = {
  name: 'English',
  tab: 'Postmortem',
  blameless: 'This is a blameless postmortem',
  sections: {
    Summary: 'Checkout failed for 40 minutes after the 14:02 deploy.',
    Impact: 'Every customer paying by card; about 3,000 baskets.',
    'Root cause and contributing factors':
      'The new build read a configuration key that only staging had.',
    Resolution: 'Rolled back the deploy, then added the key everywhere.',
    Evidence: '[Error rate](https://grafana.northwind.example/d/checkout)',
  },
  saved: 'All changes saved',
  addItem: 'Add an action item',
  addItemDialog: number => `Add an action item to ${number}`,
  itemTitle: 'What will be done',
  owner: 'Owner team',
  ownerOption: /^Payments/,
  prevent: /^Prevent/,
  add: 'Add',
  submit: 'Submit for review',
  inReview: 'In review',
  approve: 'Approve',
  approved: 'Approved',
  close: 'Close',
  closeDialog: number => `Close: ${number}`,
  closed: 'Closed',
  teamTabTitle: 'Action items of Payments',
  slo: {
    overall: 'All action items',
    none: 'No action item was due in this period yet.',
    error: 'Could not load the action items’ completion',
  },
};

const FRENCH = {
  name: 'Français',
  tab: 'Analyse rétrospective',
  blameless: 'Ceci est une analyse rétrospective sans reproches',
  sections: {
    Résumé:
      'Le paiement a échoué pendant 40 minutes après le déploiement de 14 h 02.',
    Impact: 'Tous les clients payant par carte ; environ 3 000 paniers.',
    'Cause profonde et facteurs contributifs':
      'La nouvelle version lisait une clé de configuration présente seulement en préproduction.',
    Résolution: 'Retour à la version précédente, puis ajout de la clé partout.',
    Preuves: '[Taux d’erreur](https://grafana.northwind.example/d/checkout)',
  },
  saved: 'Toutes les modifications sont enregistrées',
  addItem: 'Ajouter une action de suivi',
  addItemDialog: number => `Ajouter une action de suivi à ${number}`,
  itemTitle: 'Ce qui sera fait',
  owner: 'Équipe responsable',
  ownerOption: /^Payments/,
  prevent: /^Prévenir/,
  add: 'Ajouter',
  submit: 'Soumettre pour revue',
  inReview: 'En revue',
  approve: 'Approuver',
  approved: 'Approuvée',
  close: 'Clore',
  closeDialog: number => `Clore : ${number}`,
  closed: 'Clos',
  teamTabTitle: 'Actions de suivi de Payments',
  slo: {
    overall: 'Toutes les actions de suivi',
    none: "Aucune action de suivi n'était encore à échéance dans cette période.",
    error: "Impossible de charger l'avancement des actions de suivi",
  },
};

/** The whole flow, in the words of one language. */
function writeReviewApproveAndClose(words, itemTitle) {
  const run = Date.now();
  let page;
  let incident;

  before(async () => {
    incident = await resolvedIncident(
      `${itemTitle} needed after checkout failed (e2e ${run})`,
    );
    page = await signedInPage(browser);
    usePage(page);
    if (words !== ENGLISH) {
      await switchLanguage(page, /English/, /Français/);
    }
  });

  after(async () => {
    // Back to English, so a rerun against the same app starts where this one did.
    if (words !== ENGLISH) {
      await switchLanguage(page, /Français/, /English/);
    }
  });

  step(`writes the postmortem of a SEV2 (${words.name})`, async () => {
    await page.goto(`${APP_URL}/incidents/${incident.number}`);
    await page.getByRole('tab', { name: words.tab }).click();
    await page.waitForURL(
      new RegExp(`/incidents/${incident.number}/postmortem$`),
    );
    await page.getByText(words.blameless).waitFor();
    for (const [section, text] of Object.entries(words.sections)) {
      const field = page.getByRole('textbox', { name: section, exact: true });
      await field.fill(text);
    }
    await page.getByText(words.saved).waitFor({ timeout: 15_000 });
    await screenshot(page, `written-${words.name}`);
  });

  step(`adds an action item for a team (${words.name})`, async () => {
    await page.getByRole('button', { name: words.addItem }).click();
    const dialog = page.getByRole('dialog', {
      name: words.addItemDialog(incident.number),
    });
    await dialog.waitFor();
    await dialog
      .getByRole('textbox', { name: words.itemTitle })
      .fill(itemTitle);
    const owner = dialog.getByRole('textbox', { name: words.owner });
    await owner.click();
    await owner.fill('Paym');
    await page.getByRole('option', { name: words.ownerOption }).click();
    await dialog.getByRole('radio', { name: words.prevent }).check();
    await screenshot(page, `action-item-${words.name}`);
    await dialog.getByRole('button', { name: words.add, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(itemTitle).first().waitFor();
  });

  step(`submits it for review and approves it (${words.name})`, async () => {
    await page.getByRole('button', { name: words.submit }).click();
    await page.getByText(words.inReview, { exact: true }).first().waitFor();
    await page
      .getByRole('button', { name: words.approve, exact: true })
      .click();
    await page.getByText(words.approved, { exact: true }).first().waitFor();
    await screenshot(page, `approved-${words.name}`);
  });

  step(`closes the incident (${words.name})`, async () => {
    await page.getByRole('tab', { name: /Overview|Vue d'ensemble/ }).click();
    await page.getByRole('button', { name: words.close, exact: true }).click();
    const dialog = page.getByRole('dialog', {
      name: words.closeDialog(incident.number),
    });
    await dialog.waitFor();
    await dialog
      .getByRole('button', { name: words.close, exact: true })
      .click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(words.closed, { exact: true }).first().waitFor();
  });

  step(`finds the item on the team's tab (${words.name})`, async () => {
    await page.goto(
      `${APP_URL}/catalog/default/group/payments-team/action-items`,
    );
    await page.getByText(words.teamTabTitle).first().waitFor();
    await page.getByText(itemTitle).first().waitFor();
    // The team's action-item SLO comes with it, whether or not anything was due yet.
    const slo = page
      .getByText(words.slo.overall)
      .or(page.getByText(words.slo.none))
      .or(page.getByText(words.slo.error))
      .first();
    await slo.waitFor();
    assert.notEqual(await slo.textContent(), words.slo.error);
    await screenshot(page, `team-tab-${words.name}`);
  });
}

describe('a postmortem, from writing it to closing the incident', () => {
  describe('in English', () => {
    writeReviewApproveAndClose(ENGLISH, 'Check configuration keys in CI');
  });
  describe('in French', () => {
    writeReviewApproveAndClose(FRENCH, 'Vérifier les clés de configuration');
  });
});
