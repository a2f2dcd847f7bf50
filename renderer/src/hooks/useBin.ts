import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../db/db-context';
import { listBin, type BinGroup } from '../db/bin-repo';
import { isLang } from '../../../shared/i18n/langs';
import { declarations } from '../../../shared/kinds/registry';

/** What the bin holds, grouped by pairing and named in `lang`; undefined while loading. */
export function useBin(lang: string): BinGroup[] | undefined {
  const db = useDb();
  // Every record table, so a delete or restore of any kind anywhere refreshes the bin.
  const tables = declarations().map((d) => d.table).join();
  return useLiveQuery(() => listBin(db, isLang(lang) ? lang : 'en'), [db, lang, tables]);
}
