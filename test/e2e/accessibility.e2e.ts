import i18next, { type TFunction } from 'i18next';
import type { Locator, Page } from 'playwright-core';
import { RESOURCES, NAMESPACES } from '../../locales/resources';
import { axeViolations, describeViolations } from './helpers/axe';
import { snapshot } from './helpers/ui';
import { withAppAndBrowser } from './helpers/suite';

// Every screen and every dialog, in each interface language, under axe-core:
// zero violations of any impact. Each screen is also saved to
// test-results/screens/a11y-*-LANG.png for a person to look at.

const STEP_MS = 20_000;
const LANGS = [
  { lang: 'en', locale: 'en-GB' },
  { lang: 'es', locale: 'es-ES' },
  { lang: 'pt', locale: 'pt-BR' },
] as const;

const env = withAppAndBrowser();

async function translator(lang: string): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ lng: lang, fallbackLng: 'en', ns: [...NAMESPACES], defaultNS: 'ui', resources: RESOURCES, interpolation: { escapeValue: false } });
  return instance.t;
}

/** Toolbars whose buttons break onto a second line, or whose text breaks inside a button. */
async function wrappedToolbars(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.screen-title .actions, .stakeholders-views, .modal-footer')]
      .filter((bar) => bar.offsetParent !== null)
      .flatMap((bar) => {
        const buttons = [...bar.querySelectorAll<HTMLElement>(':scope > button')];
        const tops = new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
        const lineHeight = (b: HTMLElement) => parseFloat(getComputedStyle(b).lineHeight) || 20;
        const broken = buttons.filter((b) => b.getBoundingClientRect().height > lineHeight(b) * 1.9).map((b) => b.textContent?.trim());
        return [...(tops.size > 1 ? [`${buttons.length} buttons on ${tops.size} lines`] : []), ...broken.map((t) => `“${t}” on two lines`)];
      }),
  );
}

/** Visits screens and dialogs, collecting what axe finds on each. */
class Walk {
  readonly found: string[] = [];
  readonly counts: Record<string, number> = {};

  constructor(
    readonly page: Page,
    readonly lang: string,
    readonly t: TFunction,
  ) {}

  async settle() {
    await this.page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
  }

  async check(name: string) {
    await this.settle();
    const violations = await axeViolations(this.page);
    this.counts[name] = violations.length;
    this.found.push(...describeViolations(`${name}-${this.lang}`, violations));
    this.found.push(...(await wrappedToolbars(this.page)).map((w) => `${name}-${this.lang}: toolbar wraps: ${w}`));
    await snapshot(this.page, `a11y-${name}-${this.lang}`);
  }

  async go(hash: string, ready: Locator) {
    await this.page.evaluate((h) => (window.location.hash = h), hash);
    await ready.first().waitFor();
  }

  /** Opens a dialog with the button named `opener`, checks it, and closes it with Escape. */
  async dialog(name: string, open: Locator, whileOpen?: (dialog: Locator) => Promise<void>) {
    await open.first().click();
    const dialog = this.page.getByRole('dialog').last();
    await dialog.waitFor();
    await this.check(`dialog-${name}`);
    if (whileOpen) await whileOpen(dialog);
    await this.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  }

  button(key: string, options?: Record<string, unknown>) {
    return this.page.getByRole('button', { name: this.t(key, options) as string, exact: true });
  }
}

async function walkEverything(w: Walk) {
  const { page, t } = w;
  await page.getByRole('heading', { name: t('list.emptyTitle') }).waitFor();
  await w.check('list-empty');
  await w.button('list.loadSample').click();
  const row = page.locator('.pairing-row', { hasText: 'Cartagena de Indias – Málaga' });
  await row.waitFor();
  await w.check('list');
  await w.dialog('new-pairing', w.button('list.new'));

  // The dossier, its team and its dialogs.
  await row.locator('a').click();
  await page.getByRole('heading', { level: 1, name: 'Cartagena de Indias – Málaga' }).waitFor();
  const pairingHash = await page.evaluate(() => window.location.hash);
  await w.check('dossier');
  await w.dialog('dossier-export', w.button('dossier.export'));
  await w.dialog('dossier-delete', w.button('dossier.delete'));
  await w.dialog('team-assign', w.button('team.assignPerson'));
  await w.dialog('team-handover', w.button('team.handover'));
  await w.dialog('team-edit', w.button('common.edit'));

  // Stakeholders: list, grid, duplicates and every dialog.
  await w.go(`${pairingHash}/stakeholders`, page.locator('.stakeholders-scroller [role="row"] .stakeholders-open'));
  await w.check('stakeholders-list');
  await w.dialog('stakeholder-editor', page.locator('.stakeholders-scroller [role="row"] .stakeholders-open'));
  // A second "Camila Restrepo" makes a likely duplicate to merge.
  await w.dialog('stakeholder-new', w.button('stakeholders:add'), async (dialog) => {
    await dialog.getByLabel(t('stakeholders:field.name') as string, { exact: true }).fill('Camila Restrepo');
    await dialog.getByRole('button', { name: t('stakeholders:create') as string }).click();
    await page.getByRole('dialog', { name: 'Camila Restrepo' }).waitFor();
  });
  await w.dialog('stakeholder-import', w.button('stakeholders:import.open'), async (dialog) => {
    await dialog.locator('input[type="file"]').setInputFiles('test/fixtures/stakeholders/e2e-import-windows-1252.csv');
    await dialog.getByText('Windows-1252').first().waitFor();
    await w.check('dialog-stakeholder-import-preview');
  });
  await w.dialog('stakeholder-export-csv', w.button('stakeholders:export.csv'));
  await w.dialog('stakeholder-export-word', w.button('stakeholders:export.word'));
  await page.getByRole('radio', { name: t('stakeholders:views.grid') as string }).click();
  await page.locator('.power-interest-grid, [class*="grid"]').first().waitFor();
  await w.check('stakeholders-grid');
  await page.getByRole('radio', { name: new RegExp(`^${t('stakeholders:views.duplicates', { count: 0 }).replace(/\s*\(0\)$/, '')}`) }).click();
  await w.button('stakeholders:duplicates.merge').first().waitFor();
  await w.check('stakeholders-duplicates');
  await w.dialog('stakeholder-merge', w.button('stakeholders:duplicates.merge'));

  // Missions: the editor with its agenda and report, and each export.
  await w.go(`${pairingHash}/missions`, page.locator('.missions-pick'));
  await w.check('missions-list');
  await page.locator('.missions-pick').first().click();
  await w.button('missions:editor.exportAgenda').waitFor();
  await w.check('missions');
  await w.dialog('mission-export-agenda', w.button('missions:editor.exportAgenda'));
  await w.dialog('mission-export-ics', w.button('missions:editor.exportIcs'));
  await w.dialog('mission-export-report', w.button('missions:editor.exportReport'));
  await w.dialog('mission-delete', w.button('missions:editor.delete'));

  // The UCAP: every section on one page, its versions and its export.
  await w.go(`${pairingHash}/ucap`, w.button('ucap:export.button'));
  await w.check('ucap');
  await w.dialog('ucap-export', w.button('ucap:export.button'));
  await page.getByRole('heading', { name: t('ucap:snapshots.heading') as string }).scrollIntoViewIfNeeded();
  const restore = w.button('ucap:snapshots.restore');
  if (await restore.count()) await w.dialog('ucap-restore', restore);

  // Sync settings, both forms of the account.
  await w.go('#/settings', page.getByRole('heading', { level: 1, name: t('sync:settings.title') as string }));
  await w.check('settings');
  await page.getByRole('tab', { name: t('sync:account.register') as string }).click();
  await w.check('settings-register');

  // Backup and exchange: backing up, choosing pairings, opening a file.
  await w.go('#/backup', page.getByRole('heading', { level: 1, name: t('exchange:title') as string }));
  await w.check('backup');

  // The bin, with the deleted pairing in it.
  await w.go(pairingHash, page.getByRole('heading', { level: 1, name: 'Cartagena de Indias – Málaga' }));
  await w.button('dossier.delete').click();
  await page.getByRole('dialog').getByRole('button', { name: t('dossier.delete') as string }).click();
  await w.go('#/bin', page.locator('.bin-list li', { hasText: 'Cartagena de Indias – Málaga' }));
  await w.check('bin');
  await w.dialog('bin-empty', w.button('bin.empty'));
}

describe('accessibility of every screen and dialog', () => {
  for (const { lang, locale } of LANGS) {
    it(`has no axe violation in ${lang}`, async () => {
      const context = await env.browser.newContext({ locale, viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
      context.setDefaultTimeout(STEP_MS);
      const page = await context.newPage();
      await page.goto(env.app.url);
      const walk = new Walk(page, lang, await translator(lang));
      try {
        await walkEverything(walk);
      } finally {
        console.log(JSON.stringify({ lang, screens: Object.keys(walk.counts).length, violations: walk.found.length }));
        console.log(walk.found.join('\n'));
        await context.close();
      }
      expect(walk.found).toEqual([]);
    }, 300_000);
  }
});

describe('a wide desktop window', () => {
  it('shows the main screens at 1920×1080 in Spanish with no violation and no wrapped toolbar', async () => {
    const context = await env.browser.newContext({ locale: 'es-ES', viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
    context.setDefaultTimeout(STEP_MS);
    const page = await context.newPage();
    await page.goto(env.app.url);
    const w = new Walk(page, 'es-1920', await translator('es'));
    await w.button('list.loadSample').click();
    const row = page.locator('.pairing-row', { hasText: 'Cartagena de Indias – Málaga' });
    await row.waitFor();
    await w.check('list');
    await row.locator('a').click();
    await page.getByRole('heading', { level: 1, name: 'Cartagena de Indias – Málaga' }).waitFor();
    const pairingHash = await page.evaluate(() => window.location.hash);
    await w.check('dossier');
    await w.go(`${pairingHash}/stakeholders`, page.locator('.stakeholders-scroller [role="row"] .stakeholders-open'));
    await w.check('stakeholders-list');
    await w.go(`${pairingHash}/missions`, page.locator('.missions-pick'));
    await page.locator('.missions-pick').first().click();
    await w.button('missions:editor.exportAgenda').waitFor();
    await w.check('missions');
    await w.go(`${pairingHash}/ucap`, w.button('ucap:export.button'));
    await w.check('ucap');
    await context.close();
    expect(w.found).toEqual([]);
  }, 180_000);
});

/**
 * From the last control of the screen, 40 presses of Shift+Tab: each control
 * the focus lands on that sits under one of the sticky bars `covers` (the
 * header, a section outline), named with where it is.
 */
async function hiddenOnShiftTab(page: Page, covers: readonly string[]): Promise<string[]> {
  await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('main input, main textarea, main select, main button')].at(-1)!.focus());
  const hidden: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Shift+Tab');
    const place = await page.evaluate((selectors) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el.closest(selectors.join(', '))) return null;
      const under = Math.max(...selectors.map((selector) => document.querySelector(selector)!.getBoundingClientRect().bottom));
      const box = el.getBoundingClientRect();
      return box.top < under ? `${el.tagName} ${el.getAttribute('aria-label') ?? el.id ?? ''} top ${Math.round(box.top)} < ${Math.round(under)}` : null;
    }, covers);
    if (place) hidden.push(place);
  }
  return hidden;
}

describe('keyboard patterns in Chromium', () => {
  it('closes a dialog on Escape after a click on its text, gives focus back, and keeps Shift+Tab clear of the sticky header', async () => {
    const context = await env.browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 768 } });
    context.setDefaultTimeout(STEP_MS);
    const page = await context.newPage();
    await page.goto(env.app.url);
    await page.getByRole('button', { name: 'Load a sample programme' }).click();
    await page.locator('.pairing-row a', { hasText: 'Cartagena de Indias – Málaga' }).click();
    const exportButton = page.getByRole('button', { name: 'Export to Word', exact: true });
    await exportButton.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading').click();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await exportButton.evaluate((el) => el === document.activeElement)).toBe(true);

    // From the foot of the long dossier, Shift+Tab back up: no focused control sits under the header.
    expect(await hiddenOnShiftTab(page, ['.app-header'])).toEqual([]);
    await context.close();
  });

  it('shows every section of the Portuguese UCAP in its outline at 1366×768, and Shift+Tab keeps fields clear of the header and the outline', async () => {
    const context = await env.browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 768 } });
    context.setDefaultTimeout(STEP_MS);
    const page = await context.newPage();
    await page.goto(env.app.url);
    await page.getByRole('button', { name: 'Load a sample programme' }).click();
    await page.getByRole('button', { name: 'PT', exact: true }).click();
    await page.locator('.pairing-row a', { hasText: 'Cartagena de Indias – Málaga' }).click();
    await page.getByRole('link', { name: 'Plano de ação' }).click();
    const outline = page.locator('nav.section-outline');
    await outline.waitFor();
    // Each section's name lies inside the bar: none hidden past its edge.
    const cut = await outline.evaluate((nav) => {
      const bar = nav.getBoundingClientRect();
      return [...nav.querySelectorAll('li')].filter((li) => li.getBoundingClientRect().right > bar.right + 1).map((li) => li.textContent);
    });
    expect(cut).toEqual([]);
    expect(await outline.locator('li').count()).toBeGreaterThan(7);

    expect(await hiddenOnShiftTab(page, ['.app-header', '.section-outline'])).toEqual([]);
    await context.close();
  });
});
