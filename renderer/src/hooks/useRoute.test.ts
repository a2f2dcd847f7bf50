import { parseRoute, routeHref } from './useRoute';

describe('routes', () => {
  it('round-trips every screen through the URL hash', () => {
    for (const route of [{ screen: 'list' }, { screen: 'bin' }, { screen: 'pairing', id: 'a/b é' }, { screen: 'pairing', id: 'p1', tab: 'stakeholders' }, { screen: 'pairing', id: 'p1', tab: 'missions' }, { screen: 'pairing', id: 'p1', tab: 'missions', item: 'm/1' }] as const) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });

  it('falls back to the list or the dossier for what it does not know', () => {
    expect(parseRoute('#/nowhere')).toEqual({ screen: 'list' });
    expect(parseRoute('#/pairing/p1/unknown')).toEqual({ screen: 'pairing', id: 'p1' });
  });
});
