import { shareDisplayNames } from './intl-cache';

describe('shared Intl.DisplayNames', () => {
  it('hands back one instance per locale and options, answering as the original does', () => {
    const intl = { DisplayNames: Intl.DisplayNames };
    shareDisplayNames(intl);
    const a = new intl.DisplayNames('es', { type: 'language' });
    const b = new intl.DisplayNames('es', { type: 'language' });
    const c = new intl.DisplayNames('pt', { type: 'language' });
    const d = new intl.DisplayNames('es', { type: 'region' });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).not.toBe(d);
    expect(a).toBeInstanceOf(Intl.DisplayNames);
    expect(a.of('pt')).toBe(new Intl.DisplayNames('es', { type: 'language' }).of('pt'));
    expect(c.of('es')).toBe('espanhol');
    expect(d.of('BR')).toBe('Brasil');
    expect(intl.DisplayNames.supportedLocalesOf(['es', 'pt'])).toEqual(['es', 'pt']);
  });

  it('is installed once: a second call leaves the first in place', () => {
    const intl = { DisplayNames: Intl.DisplayNames };
    shareDisplayNames(intl);
    const first = intl.DisplayNames;
    shareDisplayNames(intl);
    expect(intl.DisplayNames).toBe(first);
    expect(Intl.DisplayNames).not.toBe(first);
  });
});
