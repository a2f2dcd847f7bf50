import { createContext, useContext, type ReactNode } from 'react';
import { PonteDatabase } from './database';

const DbContext = createContext<PonteDatabase | null>(null);

export function DbProvider({ db, children }: { db: PonteDatabase; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

/** The device's database; a test gives each render its own. */
export function useDb(): PonteDatabase {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb outside DbProvider');
  return db;
}
