import { splitFieldKey, type AnyStored } from '../model/records';

/**
 * Undoes, on a device, what changes the server refused for good had set: each
 * field still stamped by a refused change takes the server's value and stamp
 * again (or goes, if the server never had it). Null: the record exists only
 * because of refused changes, and goes. The refused changes themselves are
 * kept elsewhere, so what the user typed is not lost.
 */
export function revertRefused(local: AnyStored, server: AnyStored | null, refusedHlcs: ReadonlySet<string>): AnyStored | null {
  const keys = Object.keys(local.stamps).filter((k) => refusedHlcs.has(local.stamps[k]!));
  if (keys.length === 0) return local;
  if (!server) return null;
  const record: AnyStored = { ...local, stamps: { ...local.stamps } };
  for (const key of keys) {
    const [field, lang] = splitFieldKey(key);
    const serverStamp = server.stamps[key];
    if (lang === null) {
      if (serverStamp === undefined) delete record[key];
      else record[key] = server[key];
    } else {
      const texts = { ...((record[field] as Record<string, unknown> | undefined) ?? {}) };
      if (serverStamp === undefined) delete texts[lang];
      else texts[lang] = (server[field] as Record<string, unknown> | undefined)?.[lang];
      record[field] = texts;
    }
    if (serverStamp === undefined) delete record.stamps[key];
    else record.stamps[key] = serverStamp;
  }
  return record;
}
