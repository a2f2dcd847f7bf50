import { DB_VERSIONS, declaredStores, validateVersions } from './versions';

describe('the database versions', () => {
  it('run one by one from 1', () => {
    expect(() => validateVersions(DB_VERSIONS)).not.toThrow();
    expect(() => validateVersions([DB_VERSIONS[0]!, DB_VERSIONS[2]!])).toThrow(/out of order/);
    expect(() => validateVersions([DB_VERSIONS[0]!, DB_VERSIONS[0]!])).toThrow(/out of order/);
    expect(() => validateVersions([{ version: 1, stores: {} }])).toThrow(/no stores/);
  });

  it('end with the stores the record declarations call for: a changed table or index needs a new version', () => {
    // Every table a version declared stays unless a later one removes it (null).
    const latest: Record<string, string | null> = {};
    for (const v of DB_VERSIONS) Object.assign(latest, v.stores);
    const live = Object.fromEntries(Object.entries(latest).filter(([, store]) => store !== null));
    expect(live).toEqual(declaredStores());
  });
});
