import type { Page } from 'playwright-core';
import { withAppAndBrowser } from './helpers/suite';
import { withSyncServer } from './helpers/sync-server';
import { createPairing, snapshot, waitForSaved } from './helpers/ui';
import { fieldText, fillDate } from './helpers/date-fields';
import { openDevice, register as registerAccount, type AccountLabels } from './helpers/two-devices';

const env = withAppAndBrowser();
const sync = withSyncServer();

const device = (locale: string) => openDevice(env.browser, env.app.url, locale);
const register = (page: Page, labels: AccountLabels, who: { name: string; email: string }) => registerAccount(page, env.app.url, sync.url, labels, who);

describe('two devices of one pairing, with a real sync server', () => {
  it('share, join by code, edit offline on both, reconnect: both show the merged record and the conflict', async () => {
    const a = await device('es-ES');
    await register(a.page, { server: 'Dirección del servidor', create: 'Crear una cuenta', name: 'Su nombre', email: 'Correo electrónico', password: 'Contraseña' }, { name: 'Lucía Romero', email: 'lucia@malaga.example' });
    await a.page.goto(env.app.url);
    await createPairing(a.page, { name: 'Cartagena de Indias', country: 'CO' }, { name: 'Málaga', country: 'ES' }, 'Nuevo hermanamiento', 'Crear hermanamiento');
    await a.page.getByRole('button', { name: 'Compartir este hermanamiento' }).click();
    await a.page.getByTestId('sync-status').filter({ hasText: 'Sincronizado' }).waitFor();
    await a.page.getByRole('button', { name: 'Crear un código de invitación' }).click();
    const code = (await a.page.getByTestId('invitation-code').textContent())!.trim();
    expect(code.length).toBeGreaterThanOrEqual(6);
    const pairingUrl = a.page.url();

    const b = await device('pt-BR');
    await register(b.page, { server: 'Endereço do servidor', create: 'Criar uma conta', name: 'Seu nome', email: 'E-mail', password: 'Senha' }, { name: 'Andrés Gil', email: 'andres@cartagena.example' });
    await b.page.getByLabel('Código de convite').fill(code);
    await b.page.getByRole('form', { name: 'Entrar em uma parceria' }).getByRole('button', { name: 'Entrar' }).click();
    // Leaving the page before the server answered would abort the join itself.
    await b.page.getByText(/Você entrou na parceria como/).waitFor();
    await b.page.goto(env.app.url);
    await b.page.locator('.pairing-row a', { hasText: 'Cartagena de Indias – Málaga' }).click();
    await b.page.getByTestId('sync-status').filter({ hasText: 'Sincronizada' }).waitFor();

    // Both go offline and edit: different fields, and the same Spanish summary.
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await a.page.goto(pairingUrl);
    await a.page.getByLabel('Estado', { exact: true }).selectOption('active');
    await a.page.getByRole('tab', { name: /Español/ }).click();
    await a.page.getByLabel('Resumen (Español)', { exact: true }).fill('Huertos urbanos como lugar de encuentro.');
    await a.page.getByLabel('Resumen (Español)', { exact: true }).blur();
    await waitForSaved(a.page);
    await fillDate(b.page.getByRole('group', { name: 'Início' }), '2026-02-01');
    await b.page.getByRole('tab', { name: /Espanhol/ }).click();
    await b.page.getByLabel('Resumo (Espanhol)', { exact: true }).fill('Espacio público participativo en El Espinal.');
    await b.page.getByLabel('Resumo (Espanhol)', { exact: true }).blur();
    await waitForSaved(b.page);
    await b.page.getByTestId('sync-status').filter({ hasText: /aguardando envio/ }).waitFor();

    // Reconnect: A first, then B; A reconnects once more to fetch what B sent.
    await a.context.setOffline(false);
    await a.page.getByTestId('sync-status').filter({ hasText: 'Sincronizado' }).waitFor();
    await b.context.setOffline(false);
    await b.page.getByTestId('sync-status').filter({ hasText: 'Sincronizada' }).waitFor();
    await a.context.setOffline(true);
    await a.context.setOffline(false);

    for (const [page, lost] of [[a.page, 'Huertos urbanos como lugar de encuentro.'], [b.page, 'Huertos urbanos como lugar de encuentro.']] as const) {
      await page.locator('.conflict').getByText(lost).waitFor();
      await page.locator('.conflict').getByText('Espacio público participativo en El Espinal.').waitFor();
    }
    // A pulled page lands in one transaction, but each panel re-renders from its own
    // live query and a field copies its new value on the render after: poll, not read once.
    await expect.poll(() => fieldText(a.page.getByRole('group', { name: 'Inicio' }))).toBe('01/02/2026');
    await expect.poll(() => b.page.getByLabel('Situação', { exact: true }).inputValue()).toBe('active');
    await expect.poll(() => a.page.getByLabel('Resumen (Español)', { exact: true }).inputValue()).toBe('Espacio público participativo en El Espinal.');
    await snapshot(a.page, 'sync-conflict-es');
    await snapshot(b.page, 'sync-conflict-pt');

    // Resolving on one device closes the conflict on the other.
    await b.page.getByRole('button', { name: 'Usar o texto guardado' }).click();
    await b.page.locator('.conflict').waitFor({ state: 'detached' });
    await b.page.getByTestId('sync-status').filter({ hasText: /aguardando envio/ }).waitFor();
    await b.page.getByTestId('sync-status').filter({ hasText: 'Sincronizada' }).waitFor();
    await a.context.setOffline(true);
    await a.context.setOffline(false);
    await a.page.locator('.conflict').waitFor({ state: 'detached' });
    await expect.poll(() => a.page.getByLabel('Resumen (Español)', { exact: true }).inputValue()).toBe('Huertos urbanos como lugar de encuentro.');
    await a.context.close();
    await b.context.close();
  });
});
