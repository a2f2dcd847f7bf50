import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { DbProvider } from '../renderer/src/db/db-context';
import { AriaLocale } from '../renderer/src/i18n/AriaLocale';
import { freshDatabase } from '../renderer/src/db/test-db';
import type { PonteDatabase } from '../renderer/src/db/database';

/** Renders a piece of the app over its own fresh database. */
export function renderWithDb(ui: ReactElement, db: PonteDatabase = freshDatabase()) {
  return { db, ...render(<DbProvider db={db}><AriaLocale>{ui}</AriaLocale></DbProvider>) };
}
