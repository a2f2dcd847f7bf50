// Search that ignores case and accents: "sao" finds "São Leopoldo", "malaga" finds "Málaga".
// NFKD splits letters from their marks; the marks are then dropped.
const MARKS = /\p{M}+/gu;

export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLocaleLowerCase('und');
}

/** True when every word of the query occurs, folded, somewhere in one of the haystacks. */
export function matchesSearch(query: string, haystacks: readonly string[]): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const folded = haystacks.map(foldForSearch).join('\u0000');
  return words.every((w) => folded.includes(w));
}
