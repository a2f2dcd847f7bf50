import type { PonteDatabase } from './database';
import type { Write } from '../../../shared/sync/local-change';
import type { FieldError } from '../../../shared/model/validation';
import { ucapSubmittedGuard } from './ucap-guard';

/**
 * Rules that depend on other records than the one written (a schema can only
 * check the record itself). The write path reads the guard's tables in its
 * own transaction, so what it checks cannot change before the write lands.
 */
export type WriteGuard = {
  appliesTo(writes: readonly Write[]): boolean;
  /** Names of the tables the check reads. */
  tables: readonly string[];
  /** Errors that refuse the whole batch, or none. */
  check(db: PonteDatabase, writes: readonly Write[]): Promise<FieldError[]>;
};

export const WRITE_GUARDS: readonly WriteGuard[] = [ucapSubmittedGuard];
