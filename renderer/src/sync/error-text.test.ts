import i18next from 'i18next';
import { NAMESPACES, RESOURCES } from '../../../locales/resources';
import { AccountHttpError } from './account-api';
import { syncErrorText } from './error-text';

// The refusals of the account routes, in the user's language.

describe('account refusals in words', () => {
  it('says a password is too easy to guess, how long to wait, and that a registration was refused', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'es', fallbackLng: 'en', ns: [...NAMESPACES], resources: RESOURCES, interpolation: { escapeValue: false } });
    const t = i18n.t.bind(i18n);
    expect(syncErrorText(t, new AccountHttpError(400, 'weakPassword', null))).toMatch(/demasiado fácil de adivinar/);
    expect(syncErrorText(t, new AccountHttpError(429, 'tooManyAttempts', 8))).toBe('Demasiados intentos. Vuelva a intentarlo dentro de 8 segundos.');
    expect(syncErrorText(t, new AccountHttpError(429, 'tooManyAttempts', 1))).toBe('Demasiados intentos. Vuelva a intentarlo dentro de 1 segundo.');
    expect(syncErrorText(t, new AccountHttpError(429, 'tooManyAttempts', 900))).toBe('Demasiados intentos. Vuelva a intentarlo dentro de 15 minutos.');
    expect(syncErrorText(t, new AccountHttpError(401, 'badCredentials', null), { registering: true })).toMatch(/No se pudo crear esta cuenta/);
    expect(syncErrorText(t, new AccountHttpError(401, 'badCredentials', null))).toBe(t('sync:errors.http401'));
    await i18n.changeLanguage('pt');
    expect(syncErrorText(t, new AccountHttpError(429, 'tooManyAttempts', 60))).toBe('Tentativas demais. Tente de novo em 60 segundos.');
  });
});
