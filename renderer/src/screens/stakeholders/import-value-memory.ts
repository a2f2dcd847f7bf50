import type { PonteDatabase } from '../../db/database';
import { CHOICE_FIELDS, type ValueChoices } from '../../../../shared/stakeholders/value-matching';

// What the user answered in the import's value-mapping step ("Junta vecinal"
// is civil society), kept in the device's meta table beside the sync settings:
// it belongs to this device, survives restarts, and is never synced.

const KEY = 'stakeholders.importValueChoices';

export async function readValueChoices(db: PonteDatabase): Promise<ValueChoices> {
  const row = await db.meta.get(KEY);
  return (row?.value as ValueChoices | undefined) ?? {};
}

/** Adds the answers of one import to those remembered; a later answer for the same value wins. */
export async function rememberValueChoices(db: PonteDatabase, choices: ValueChoices): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const current = await readValueChoices(db);
    const merged: ValueChoices = { ...current };
    for (const field of CHOICE_FIELDS) if (choices[field]) merged[field] = { ...current[field], ...choices[field] };
    await db.meta.put({ key: KEY, value: merged });
  });
}
