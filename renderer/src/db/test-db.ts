import 'fake-indexeddb/auto';
import { PonteDatabase } from './database';

let counter = 0;

/** A fresh database with its own name: fake-indexeddb is shared within a test worker. */
export function freshDatabase(): PonteDatabase {
  counter += 1;
  return new PonteDatabase(`ponte-test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`);
}
