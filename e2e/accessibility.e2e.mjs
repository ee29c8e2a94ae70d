// Accessibility in the browser: axe-core (WCAG 2.1 A and AA) on every page and dialog of
// the incidents plugin and of the demo app, in English and then in French (switched in
// the settings, as a user does), then in English in the dark theme (also picked in the
// settings), plus the charts from the keyboard. Each state is its own test, so one run
// lists every failing state with its rule, impact and element.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { join } from 'node:path';
import { axeViolations } from './axe.mjs';
import {
  APP_URL,
  BACKEND_URL,
  OUTPUT,
  guestToken,
  launchBrowser,
  signedInPage,
} from './browser.mjs';

const run = Date.now();
// Names this run's records apart from earlier runs' on the same database.
const word = `wombat${run}`;

async function callApi(method, path, body, status) {
  const response = await fetch(`${BACKEND_URL}/api/incidents${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${await guestToken()}`,
      'Content-Type': 'application/json',
    },
    body: body && JSON.stringify(body),
  });
  const answer = await response.json();
  assert.equal(
    response.status,
    status,
    `${method} ${path}: ${JSON.stringify(answer)}`,
  );
  return answer;
}

const ago = minutes => new Date(Date.now() - minutes * 60_000).toISOString();

/**
 * What the states need: an active incident with a known error that may explain it,
 * and a resolved one with a postmortem draft and an action item.
 */
async function recordData() {
  const knownError = await callApi(
    'POST',
    '/known-errors',
    {
      title: `Cart totals drop discounts after a deploy (${word})`,
      symptoms: 'Basket totals ignore **discounts**.',
      workaround: 'Roll cart-service back to the previous version.',
      entityRefs: ['component:default/cart-service'],
    },
    201,
  );
  const active = await callApi(
    'POST',
    '/incidents',
    {
      title: `Cart totals drop discounts (${word})`,
      severity: 'SEV2',
      entityRefs: ['component:default/cart-service'],
      description: 'Basket totals ignore **discounts** since the 10:40 deploy.',
    },
    201,
  );
  await callApi(
    'POST',
    `/incidents/${active.id}/timeline`,
    { kind: 'note', body: 'Paged the cart on-call' },
    201,
  );
  const resolved = await callApi(
    'POST',
    '/incidents',
    {
      title: `Checkout slow for an hour (${word})`,
      severity: 'SEV2',
      mode: 'retrospective',
      entityRefs: ['component:default/cart-service'],
      impactStartedAt: ago(300),
      detectedAt: ago(290),
      resolvedAt: ago(200),
    },
    201,
  );
  await callApi(
    'PATCH',
    `/incidents/${resolved.id}/postmortem`,
    {
      updatedAt: null,
      sections: { summary: 'Checkout was slow for an hour.' },
    },
    200,
  );
  await callApi(
    'POST',
    `/incidents/${resolved.id}/action-items`,
    {
      title: `Alert on checkout latency (${word})`,
      ownerRef: 'group:default/storefront-team',
      kind: 'detect',
    },
    201,
  );
  return { knownError, active, resolved };
}

const WORDS = {
  en: {
    language: 'English',
    declare: 'Declare incident',
    declareDialog: 'Declare an incident',
    whatIsWrong: 'What is wrong?',
    suggestionsTitle: 'Known errors that may explain this',
    statusFilter: 'Status',
    ownerTeam: /^Owner team/,
    knownErrorRemoved: /^Known error it removes/,
    editDetails: 'Edit details',
    mitigate: 'Mark mitigated',
    assignCommunications: /^Assign\s?: Communications lead$/,
    roleHistory: 'Role history',
    kindOfEntry: 'Kind of entry',
    statusUpdate: 'Status update',
    showWorkaround: 'Show the workaround',
    hideWorkaround: 'Hide the workaround',
    unlinkKnownError: /^Unlink KE-\d+$/,
    linkKnownError: /^Link KE-\d+ to this incident$/,
    recordKnownError: 'Record as known error',
    postmortemTab: 'Postmortem',
    addActionItem: 'Add an action item',
    actionItemStatus: /^Status of /,
    wontDo: 'Won’t do',
    editKnownError: 'Edit',
    recordAKnownError: 'Record a known error',
    cancel: 'Cancel',
    metricsTitle: 'Incident metrics',
    incidentsType: 'Incidents',
    timeToDetect: 'Time to detect',
    showTable: 'Show as table',
    perIncident: metric => `${metric} per incident, newest first`,
    pastIncidents: 'Past incidents',
    serviceKnownErrors: 'Known errors of Cart service',
    serviceActionItems: 'Action items from incidents on Cart service',
    teamActiveIncidents: 'Active incidents on what Storefront owns',
    teamActionItems: 'Action items of Storefront',
  },
  fr: {
    language: 'Français',
    declare: 'Déclarer un incident',
    declareDialog: 'Déclarer un incident',
    // Any space before '?': French typography wants a non-breaking one there.
    whatIsWrong: /^Qu’est-ce qui ne fonctionne pas\s\?/,
    suggestionsTitle: 'Erreurs connues qui pourraient expliquer ce problème',
    statusFilter: 'Statut',
    ownerTeam: /^Équipe responsable/,
    knownErrorRemoved: /^Erreur connue qu.elle élimine/,
    editDetails: 'Modifier les détails',
    mitigate: 'Marquer comme atténué',
    assignCommunications: /^Assigner\s?: Responsable des communications$/,
    roleHistory: 'Historique des rôles',
    kindOfEntry: "Type d'entrée",
    statusUpdate: 'Point de situation',
    showWorkaround: 'Afficher la solution de contournement',
    hideWorkaround: 'Masquer la solution de contournement',
    unlinkKnownError: /^Délier KE-\d+$/,
    linkKnownError: /^Lier KE-\d+ à cet incident$/,
    recordKnownError: 'Consigner comme erreur connue',
    postmortemTab: 'Analyse rétrospective',
    addActionItem: 'Ajouter une action de suivi',
    actionItemStatus: /^Statut de /,
    wontDo: 'Ne sera pas faite',
    editKnownError: 'Modifier',
    recordAKnownError: 'Consigner une erreur connue',
    cancel: 'Annuler',
    metricsTitle: 'Indicateurs des incidents',
    incidentsType: 'Incidents',
    timeToDetect: 'Délai de détection',
    showTable: 'Afficher en tableau',
    perIncident: metric =>
      `${metric} par incident, du plus récent au plus ancien`,
    pastIncidents: 'Incidents passés',
    serviceKnownErrors: 'Erreurs connues de Cart service',
    serviceActionItems: 'Actions de suivi des incidents touchant Cart service',
    teamActiveIncidents:
      'Incidents actifs touchant ce dont Storefront est responsable',
    teamActionItems: 'Actions de suivi de Storefront',
  },
};

let browser;
let page;
let data;

before(async () => {
  data = await recordData();
  browser = await launchBrowser();
  page = await signedInPage(browser);
});

after(async () => {
  // Back to English and the light theme, so the guest's other tests and the next run
  // start where they expect to.
  await switchLanguage(page, WORDS.fr, WORDS.en).catch(() => {});
  await switchTheme(page, 'Light').catch(() => {});
  await browser?.close();
  // Resolved, so runs against the same app do not pile up active incidents.
  if (data) {
    await callApi(
      'POST',
      `/incidents/${data.active.id}/transitions`,
      { status: 'resolved' },
      200,
    );
  }
});

async function switchLanguage(on, from, to) {
  await on.goto(`${APP_URL}/settings`);
  const current = on.getByRole('button', {
    name: new RegExp(`${from.language}|${to.language}`),
  });
  await current.first().waitFor();
  if ((await current.first().textContent()).includes(to.language)) {
    return;
  }
  await current.first().click();
  await on.getByRole('option', { name: to.language }).click();
  await on.getByRole('button', { name: to.language }).waitFor();
}

/** Picks a theme in the settings' appearance card (its English name: Light or Dark). */
async function switchTheme(on, name) {
  await on.goto(`${APP_URL}/settings`);
  const choice = on.getByRole('button', { name: new RegExp(`^${name}`) });
  await choice.waitFor();
  // The settings' theme buttons toggle: clicking the chosen one unchooses it (Auto).
  if ((await choice.getAttribute('aria-pressed')) !== 'true') {
    await choice.click();
  }
  await on
    .getByRole('button', { name: new RegExp(`^${name}`), pressed: true })
    .waitFor();
}

/** Closes what a failed state may have left open, so the next state starts clean. */
async function closeDialogs() {
  for (let i = 0; i < 3 && (await page.getByRole('dialog').count()) > 0; i++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
  }
}

/**
 * Goes to a page of the app the way its links do, without reloading the app (a reload
 * of the development build takes seconds on a small machine).
 */
async function open(path, ready) {
  if (page.url().startsWith(APP_URL)) {
    await page.evaluate(to => {
      window.history.pushState({}, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
  } else {
    await page.goto(`${APP_URL}${path}`);
  }
  await ready(page).waitFor();
  // What loads after the first content (counts, charts, tables) has its place.
  await page
    .waitForFunction(
      () => document.querySelectorAll('[role="progressbar"]').length === 0,
      undefined,
      { timeout: 20_000 },
    )
    .catch(() => {});
}

/** Fails with every violation of the page as it is, named by state and language. */
async function expectAccessible(state) {
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    await page
      .screenshot({
        path: join(OUTPUT, `FAILED-axe-${state.replace(/\W+/g, '-')}.png`),
        fullPage: true,
      })
      .catch(() => {});
  }
  if (violations.length > 0) {
    assert.fail(
      `${violations.length} axe violation(s) in "${state}":\n${violations.join(
        '\n',
      )}`,
    );
  }
}

async function dialogOf(button, name) {
  await closeDialogs();
  await button.click();
  const dialog = page.getByRole('dialog', name ? { name } : undefined);
  await dialog.first().waitFor();
  return dialog.first();
}

function auditsIn(lang, theme) {
  const w = WORDS[lang];
  const state = name => `${name} [${theme ? `${lang}, ${theme}` : lang}]`;
  const incidentPath = () => `/incidents/${data.active.number}`;
  const heading = text => p => p.getByRole('heading', { name: text }).first();

  test(state('incidents list'), async () => {
    await open('/incidents', p =>
      p.getByRole('link', { name: data.active.number }).first(),
    );
    await expectAccessible(state('incidents list'));
  });

  test(state('incidents list, status filter open'), async () => {
    await page
      .getByRole('button', { name: new RegExp(w.statusFilter) })
      .first()
      .click();
    await page.getByRole('listbox').waitFor();
    await expectAccessible(state('incidents list, status filter open'));
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
  });

  test(state('incidents list, owner team picker open'), async () => {
    await page.getByLabel(w.ownerTeam).fill('Store');
    await page
      .getByRole('option', { name: /Storefront/ })
      .first()
      .waitFor();
    await expectAccessible(state('incidents list, owner team picker open'));
    await page.keyboard.press('Escape');
  });

  test(state('declare dialog'), async () => {
    const dialog = await dialogOf(
      page.getByRole('button', { name: w.declare }),
      w.declareDialog,
    );
    await expectAccessible(state('declare dialog'));
    await dialog.getByRole('button', { name: w.cancel }).click();
  });

  test(state('declare dialog with known-error suggestions'), async () => {
    await open('/catalog/default/component/cart-service/incidents', p =>
      p.getByText(w.pastIncidents, { exact: true }).first(),
    );
    const dialog = await dialogOf(
      page.getByRole('button', { name: w.declare }),
      w.declareDialog,
    );
    await dialog.getByLabel(w.whatIsWrong).fill('Cart totals drop discounts');
    await dialog.getByText(w.suggestionsTitle).waitFor();
    await expectAccessible(
      state('declare dialog with known-error suggestions'),
    );
    await dialog.getByRole('button', { name: w.cancel }).click();
  });

  test(state('incident overview'), async () => {
    await open(incidentPath(), heading(data.active.title));
    await expectAccessible(state('incident overview'));
  });

  const incidentDialogs = [
    ['edit dialog', () => page.getByRole('button', { name: w.editDetails })],
    [
      'status change dialog',
      () => page.getByRole('button', { name: w.mitigate }),
    ],
    [
      'role assignment dialog',
      () => page.getByRole('button', { name: w.assignCommunications }),
    ],
    [
      'known error create dialog',
      () => page.getByRole('button', { name: w.recordKnownError }),
    ],
  ];
  for (const [name, button] of incidentDialogs) {
    test(state(name), async () => {
      await closeDialogs();
      if (!page.url().endsWith(incidentPath())) {
        await open(incidentPath(), heading(data.active.title));
      }
      await dialogOf(button());
      try {
        await expectAccessible(state(name));
      } finally {
        await closeDialogs();
      }
    });
  }

  // Not dialogs, but what opens in place on the incident page: what opens it, what
  // shows it open, and what undoes it.
  const inPlace = [
    [
      'role history open',
      () => page.getByRole('button', { name: w.roleHistory }),
      () => page.getByRole('region', { name: w.roleHistory }),
      () => page.getByRole('button', { name: w.roleHistory }),
    ],
    [
      'known error suggestion with its workaround',
      () => page.getByRole('button', { name: w.showWorkaround }).first(),
      () => page.getByRole('button', { name: w.hideWorkaround }).first(),
      () => page.getByRole('button', { name: w.hideWorkaround }).first(),
    ],
    [
      'known error linked',
      () => page.getByRole('button', { name: w.linkKnownError }).first(),
      () => page.getByRole('button', { name: w.unlinkKnownError }).first(),
      () => page.getByRole('button', { name: w.unlinkKnownError }).first(),
    ],
  ];
  for (const [name, control, opened, undo] of inPlace) {
    test(state(name), async () => {
      await closeDialogs();
      if (!page.url().endsWith(incidentPath())) {
        await open(incidentPath(), heading(data.active.title));
      }
      await control().click();
      await opened().waitFor();
      try {
        await expectAccessible(state(name));
      } finally {
        // Each is undone, so the other language finds the same page: a linked known
        // error is no longer suggested.
        await undo().click();
        await control().waitFor();
      }
    });
  }

  test(state('timeline entry form, status update'), async () => {
    await page.getByRole('button', { name: new RegExp(w.kindOfEntry) }).click();
    await page.getByRole('option', { name: w.statusUpdate }).click();
    await expectAccessible(state('timeline entry form, status update'));
  });

  test(state('postmortem tab'), async () => {
    await open(`/incidents/${data.resolved.number}/postmortem`, p =>
      p.getByText('Checkout was slow for an hour.').first(),
    );
    await expectAccessible(state('postmortem tab'));
  });

  test(state('action item dialog'), async () => {
    const dialog = await dialogOf(
      page.getByRole('button', { name: w.addActionItem }),
    );
    await expectAccessible(state('action item dialog'));
    await dialog.getByLabel(w.ownerTeam).fill('Store');
    await page
      .getByRole('option', { name: /Storefront/ })
      .first()
      .waitFor();
    await expectAccessible(state('action item dialog, owner picker open'));
    await page.keyboard.press('Escape');
    await dialog.getByLabel(w.knownErrorRemoved).fill('Cart');
    await page.getByRole('option').first().waitFor();
    await expectAccessible(
      state('action item dialog, known-error picker open'),
    );
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: w.cancel }).click();
  });

  test(state('comment dialog'), async () => {
    await closeDialogs();
    await page
      .getByRole('button', { name: w.actionItemStatus })
      .filter({ hasText: '' })
      .first()
      .click();
    await page.getByRole('option', { name: w.wontDo }).click();
    const dialog = page.getByRole('dialog').first();
    await dialog.waitFor();
    await expectAccessible(state('comment dialog'));
    await dialog.getByRole('button', { name: w.cancel }).click();
  });

  test(state('known errors list'), async () => {
    await open('/known-errors', p =>
      p.getByRole('link', { name: /^KE-\d+$/ }).first(),
    );
    await expectAccessible(state('known errors list'));
  });

  test(state('known error page'), async () => {
    await open(
      `/known-errors/${data.knownError.number}`,
      heading(data.knownError.title),
    );
    await expectAccessible(state('known error page'));
  });

  test(state('known error edit dialog'), async () => {
    await dialogOf(page.getByRole('button', { name: w.editKnownError }));
    await expectAccessible(state('known error edit dialog'));
    await page.keyboard.press('Escape');
  });

  // Each page with what shows that its own content is there (the app is not reloaded
  // between pages, so the previous page's headings do not count).
  const text = words => p => p.getByText(words, { exact: true }).first();
  const pages = [
    ['organisation metrics', '/incidents/metrics', heading(w.metricsTitle)],
    [
      'service incidents tab',
      '/catalog/default/component/cart-service/incidents',
      text(w.pastIncidents),
    ],
    [
      'service known errors tab',
      '/catalog/default/component/cart-service/known-errors',
      text(w.serviceKnownErrors),
    ],
    [
      'service action items tab',
      '/catalog/default/component/cart-service/action-items',
      text(w.serviceActionItems),
    ],
    [
      'team incidents tab',
      '/catalog/default/group/storefront-team/incidents',
      text(w.teamActiveIncidents),
    ],
    [
      'team action items tab',
      '/catalog/default/group/storefront-team/action-items',
      text(w.teamActionItems),
    ],
    [
      'catalog entity overview',
      '/catalog/default/component/cart-service',
      p => p.getByRole('link', { name: /Cart service dashboard/ }),
    ],
    ['catalog home', '/catalog', p => p.getByRole('columnheader').first()],
    ['settings', '/settings', p => p.getByRole('button', { name: w.language })],
  ];
  for (const [name, path, ready] of pages) {
    test(state(name), async () => {
      await open(path, ready);
      await expectAccessible(state(name));
    });
  }

  test(state('a chart from the keyboard, then its table view'), async () => {
    await open('/incidents/metrics', heading(w.metricsTitle));
    const card = page.getByRole('region', { name: w.timeToDetect });
    // Tab from the chart's title: the next stop is the switch to the table, not the
    // drawing.
    await card.getByText(w.timeToDetect, { exact: true }).first().click();
    await page.keyboard.press('Tab');
    const toggle = card.getByRole('checkbox', { name: w.showTable });
    assert.equal(
      await toggle.evaluate(element => element === document.activeElement),
      true,
      'Tab from the chart title reaches "Show as table"',
    );
    await page.keyboard.press('Space');
    const perIncident = card.getByRole('table', {
      name: w.perIncident(w.timeToDetect),
    });
    await perIncident.waitFor();
    // The scrolling box of the incidents, then the first incident's link (a few
    // Tabs at most: the box takes focus once it has drawn its rows).
    for (let tabs = 0; tabs < 4; tabs += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.tagName === 'A')) {
        break;
      }
    }
    const focused = await page.evaluate(() => ({
      role: document.activeElement?.tagName,
      text: document.activeElement?.textContent,
      row: document.activeElement?.closest('tr')?.textContent,
    }));
    assert.equal(focused.role, 'A');
    assert.match(focused.text, /^INC-\d+$/);
    await expectAccessible(state('a chart as a table'));
  });

  test(state('search results'), async () => {
    // The collators run on a schedule: a freshly started backend has its incidents
    // indexed within a minute.
    const result = page.getByRole('link', { name: /INC-\d+ · /i }).first();
    for (let attempt = 1; ; attempt++) {
      await page.goto(`${APP_URL}/search?query=cart`);
      await page
        .getByRole('button', { name: w.incidentsType, exact: true })
        .click();
      try {
        await result.waitFor({ timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt === 6) {
          throw error;
        }
      }
    }
    await expectAccessible(state('search results'));
  });

  test(state('unknown incident'), async () => {
    await open('/incidents/INC-999999999', heading(/INC-999999999/));
    await expectAccessible(state('unknown incident'));
  });

  test(state('unknown route'), async () => {
    await open('/no-such-page', p => p.getByText(/404/).first());
    await expectAccessible(state('unknown route'));
  });
}

describe('in English', () => {
  before(async () => {
    await switchLanguage(page, WORDS.fr, WORDS.en);
  });
  auditsIn('en');
});

describe('in French', () => {
  before(async () => {
    await switchLanguage(page, WORDS.en, WORDS.fr);
  });
  auditsIn('fr');
});

// Every state again, not a subset: what the theme changes is colour, and each state has
// colours of its own (chips, charts, menus, dialogs); the pass adds one to one and a
// half minutes.
describe('in the dark theme', () => {
  before(async () => {
    await switchLanguage(page, WORDS.fr, WORDS.en);
    await switchTheme(page, 'Dark');
  });
  auditsIn('en', 'dark');
});
