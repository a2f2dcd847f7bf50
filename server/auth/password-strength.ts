import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

// Passwords are judged with zxcvbn-ts and its common dictionary (the most
// used passwords, words and names in many languages, keyboard patterns):
// a length rule alone lets "1234567890" and "qwertyuiop" through.

/** zxcvbn's score runs 0–4; 3 is "safely unguessable: moderate protection from offline slow-hash attacks". */
const MIN_SCORE = 3;
/** zxcvbn's cost grows with length (a 200-character password took 70 ms): the first 100 characters decide. */
const CHECKED_LENGTH = 100;

let factory: ZxcvbnFactory | undefined;

/** Built on first use: the dictionaries take a moment to load. */
function strength(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs, maxLength: CHECKED_LENGTH });
  return factory;
}

/** Is this password too easy to guess: a common password as it stands, or a low score (the e-mail and name count as known to an attacker)? */
export function isWeakPassword(password: string, knownToAttacker: readonly string[] = []): boolean {
  const result = strength().check(password, [...knownToAttacker]);
  const common = result.sequence.some((m) => m.pattern === 'dictionary' && String(m.dictionaryName).startsWith('passwords') && m.token.length === password.length);
  return common || result.score < MIN_SCORE;
}
