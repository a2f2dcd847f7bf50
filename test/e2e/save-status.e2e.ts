import type { Page } from 'playwright-core';
import { withAppAndBrowser } from './helpers/suite';
import { waitForSaved } from './helpers/ui';

const env = withAppAndBrowser();

// 50 001 characters: one more than a long text may hold.
const TOO_LONG = 'Cartagena y Málaga. '.repeat(2500) + 'x';

async function openSample(page: Page) {
  await page.goto(env.app.url);
  await page.getByRole('button', { name: 'Load a sample programme' }).click();
  await page.locator('.pairing-row a', { hasText: 'Cartagena de Indias – Málaga' }).click();
  await page.getByRole('heading', { level: 1, name: 'Cartagena de Indias – Málaga' }).waitFor();
}

describe('the save status in Chromium', () => {
  it('says "not saved" naming the field, and asks before a language tab, another screen or closing drops the text', async () => {
    const context = await env.browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 768 } });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await openSample(page);
    const summary = page.getByRole('tablist', { name: 'Summary' });
    await summary.getByRole('tab', { name: /English/ }).click();
    const field = page.getByLabel('Summary (English)');
    await field.fill(TOO_LONG);
    await field.blur();
    const state = page.getByTestId('save-state');
    await page.locator('.save-state.not-saved').waitFor();
    expect(await state.textContent()).toBe('Not saved: Summary (English)');
    expect(await page.getByRole('alert').filter({ hasText: /too long/i }).count()).toBe(1);

    // Another language tab, by keyboard: asked first, and "keep editing" is the default (Enter keeps the text).
    await summary.getByRole('tab', { name: /English/ }).focus();
    await page.keyboard.press('ArrowLeft');
    const dialog = page.getByRole('dialog', { name: 'Discard the text that is not saved?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Summary (English) holds text that could not be saved');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep editing');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await summary.getByRole('tab', { name: /English/ }).getAttribute('aria-selected')).toBe('true');
    expect((await field.inputValue()).length).toBe(TOO_LONG.length);
    expect(await state.textContent()).toBe('Not saved: Summary (English)');

    // Another screen: asked too; keeping the text keeps the screen and its address.
    const address = page.url();
    await page.getByRole('link', { name: 'Bin' }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(page.url()).toBe(address);
    expect((await field.inputValue()).length).toBe(TOO_LONG.length);

    // Closing the tab: the browser asks (beforeunload), and staying keeps the text.
    const asked = new Promise<string>((resolve) => page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.type()))));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);
    expect((await field.inputValue()).length).toBe(TOO_LONG.length);

    // Put right, it saves and the header says so.
    await field.fill('A short summary.');
    await field.blur();
    await waitForSaved(page);
    expect(await state.textContent()).toBe('All changes saved on this device');
    await context.close();
  });

  it('asks before an edit of the agreed sample UCAP withdraws the agreement, naming who agreed and when', async () => {
    const context = await env.browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Madrid', viewport: { width: 1366, height: 768 } });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await openSample(page);
    await page.getByRole('link', { name: 'Action plan' }).click();
    // The sample in review has the versions its steps saved.
    await page.getByText('Acuerdo de Málaga', { exact: true }).waitFor();
    expect(await page.getByText('Enviado a revisión', { exact: true }).count()).toBe(1);
    const notice = page.getByTestId('withdraw-notice');
    // Dated by the version its step saved (09:15 UTC, 11:15 in Madrid).
    expect(await notice.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^Málaga: agreed by Rocío Martín Gálvez on .*21.*2026.*11:15/)]);

    const context_ = page.getByLabel('Context of both cities (EN)');
    const agreedText = await context_.inputValue();
    expect(agreedText).toContain('historic centres');
    await context_.fill(`${agreedText} A late remark.`);
    await context_.blur();
    const dialog = page.getByRole('dialog', { name: 'Withdraw the recorded agreements?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/This change withdraws the agreement of Málaga, given by Rocío Martín Gálvez on .*21.*2026.*11:15/);
    await dialog.getByRole('button', { name: 'Keep the agreements' }).click();
    await page.getByText(/Not saved: the agreements stand/).waitFor();
    expect(await page.getByTestId('save-state').textContent()).toBe('Not saved: Context of both cities (EN)');
    await page.getByText('Málaga agrees (marked by Rocío Martín Gálvez <r.martin@malaga.example>)').waitFor();

    await context_.fill(agreedText.replace('historic centres', 'old towns'));
    await context_.blur();
    await dialog.getByRole('button', { name: 'Change and withdraw' }).click();
    await page.getByText('Málaga has not agreed yet').first().waitFor();
    await waitForSaved(page);
    await notice.waitFor({ state: 'detached' });

    // The compare shows the change itself, word by word.
    await page.getByLabel('Compare').selectOption({ label: await page.locator('option', { hasText: 'Acuerdo de Málaga' }).first().textContent() ?? '' });
    const diff = page.getByRole('region', { name: 'Differences' });
    await diff.getByText('Context of both cities (English)').waitFor();
    expect((await diff.locator('.ucap-word-diff del').allTextContents()).join(' ')).toMatch(/^removed: historic.*centres$/);
    expect((await diff.locator('.ucap-word-diff ins').allTextContents()).join(' ')).toMatch(/^added: old.*towns$/);
    await context.close();
  });
});
