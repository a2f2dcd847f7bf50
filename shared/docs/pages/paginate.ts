import { createHeights, sumHeights } from './heights';
import type { Line } from './lines';
import { Unsupported, type Block, type Paragraph, type Row, type Section, type Table } from './model';

const TOLERANCE = 0.01;

export type Pagination = {
  /** The page each bookmark starts on, counted from 1. */
  bookmarks: Map<string, number>;
  pageCount: number;
  sectionPageCounts: number[];
};

/** Told of each line and table row where it goes: the page, counted from 1, and its top in points. */
export type Placed = (page: number, what: 'line' | 'row', top: number) => void;

/**
 * Lays the sections out on pages as Word does for the blocks Ponte writes:
 * lines kept on a page down to the bottom margin (multiple spacing's extra may
 * hang below it), no lone first or last line with widow control, headings kept
 * with what follows, rows that do not split and header rows repeated, each
 * section on new pages, and the space before a paragraph left out at the top
 * of a page but the first of its section (the first of a later section only
 * the part of it beyond the space after the section before).
 */
export function paginate(sections: readonly Section[], linesOf: (paragraph: Paragraph, width: number) => Line[], placed?: Placed): Pagination {
  const bookmarks = new Map<string, number>();
  const marked: string[] = [];
  const placements: [number, 'line' | 'row', number][] = [];
  const place = (what: 'line' | 'row', top: number) => {
    if (placed) placements.push([page, what, top]);
  };
  const sectionPageCounts: number[] = [];
  let page = 0;
  /** The space after the last paragraph of the section before, which the first paragraph of the next takes off its own space before. */
  let sectionEndAfter = 0;
  const mark = (names: readonly string[], on: number) => {
    for (const name of names) {
      if (bookmarks.has(name)) continue;
      bookmarks.set(name, on);
      marked.push(name);
    }
  };
  const { heightOfRow } = createHeights(linesOf);

  for (const section of sections) {
    const { page: frame } = section;
    const top = frame.top;
    const bottom = frame.height - frame.bottom;
    const width = frame.width - frame.left - frame.right;
    const firstPage = page + 1;
    page += 1;
    let y = top;
    let atTop = true;
    let sectionStart = true;
    let pendingAfter = 0;
    /** The first block with a line or row on the page, and the block being placed. */
    let firstOnPage: number | undefined;
    let blockIndex = 0;
    const newPage = () => {
      page += 1;
      y = top;
      atTop = true;
      sectionStart = false;
      pendingAfter = 0;
      firstOnPage = undefined;
    };
    const snapshot = () => ({ page, y, atTop, sectionStart, pendingAfter, firstOnPage, marked: marked.length, placements: placements.length });
    const restore = (state: ReturnType<typeof snapshot>) => {
      ({ page, y, atTop, sectionStart, pendingAfter, firstOnPage } = state);
      for (const name of marked.splice(state.marked)) bookmarks.delete(name);
      placements.length = state.placements;
    };
    /** The space above a paragraph's first line where it is now. */
    const endAfter = sectionEndAfter;
    const gapBefore = (paragraph: Paragraph) =>
      atTop ? (sectionStart ? Math.max(endAfter, paragraph.format.spaceBefore) - endAfter : 0) : Math.max(pendingAfter, paragraph.format.spaceBefore);
    /** The least of a block that must go on the page with the paragraph kept with it. */
    const startHeight = (block: Block, gap: number): number => {
      if (block.type === 'table') return block.rows.length > 0 ? gap + heightOfRow(block.rows[0]!) : 0;
      const lines = linesOf(block, width);
      const need = block.format.keepLines ? lines.length : block.format.widowControl ? (lines.length <= 3 ? lines.length : 2) : 1;
      const kept = lines.slice(0, need);
      return gap + sumHeights(kept) - (kept.at(-1)?.spacingBelow ?? 0);
    };

    const placeParagraph = (paragraph: Paragraph) => {
      if (paragraph.format.pageBreakBefore && !atTop) newPage();
      const lines = linesOf(paragraph, width);
      if (paragraph.format.keepLines && !atTop) {
        const whole = gapBefore(paragraph) + sumHeights(lines) - (lines.at(-1)?.spacingBelow ?? 0);
        if (y + whole > bottom + TOLERANCE && sumHeights(lines) <= bottom - top + TOLERANCE) newPage();
      }
      let index = 0;
      while (index < lines.length) {
        const gap = index === 0 ? gapBefore(paragraph) : 0;
        let position = y + gap;
        let count = 0;
        while (index + count < lines.length) {
          const line = lines[index + count]!;
          if (position + line.height - line.spacingBelow > bottom + TOLERANCE) break;
          position += line.height;
          count++;
          if (line.pageBreakAfter) break;
        }
        const breaksPage = count > 0 && lines[index + count - 1]!.pageBreakAfter;
        if (index + count < lines.length && !breaksPage && paragraph.format.widowControl) {
          const total = lines.length;
          if (total - (index + count) === 1 && count >= 2) count -= 1;
          if (index === 0 && count === 1 && total > 1) count = 0;
        }
        if (count === 0) {
          if (atTop) count = 1;
          else {
            newPage();
            continue;
          }
        }
        let lineTop = y + gap;
        for (let i = 0; i < count; i++) {
          const line = lines[index + i]!;
          mark(line.markers, page);
          place('line', lineTop);
          firstOnPage ??= blockIndex;
          lineTop += line.height;
        }
        y += gap + sumHeights(lines.slice(index, index + count));
        atTop = false;
        index += count;
        if (index < lines.length || lines[index - 1]!.pageBreakAfter) {
          newPage();
          if (index === lines.length) return; // a page break ends the paragraph: what follows starts the next page
        }
      }
      pendingAfter = paragraph.format.spaceAfter;
    };

    /**
     * Places a table's rows, each whole, repeating its header rows on each
     * page. Word does not leave the header rows alone at the foot of a page:
     * it says so (false) for the table to start on the next page instead.
     */
    const placeTable = (table: Table, onNextPage: boolean): boolean => {
      if (onNextPage && !atTop) newPage();
      if (!atTop) y += pendingAfter;
      pendingAfter = 0;
      const headers: Row[] = [];
      for (const row of table.rows) {
        if (!row.header) break;
        headers.push(row);
      }
      const startPage = page;
      const below = !atTop && headers.length > 0;
      let rowsOnPage = 0;
      for (let index = 0; index < table.rows.length; index++) {
        const row = table.rows[index]!;
        const height = heightOfRow(row);
        const last = index === table.rows.length - 1;
        const fits = (at: number) => at + height + (last ? 0 : table.breakBorder) <= bottom + TOLERANCE;
        if (!fits(y) && !(atTop && rowsOnPage === 0)) {
          if (below && page === startPage && index === headers.length) return false;
          if (!row.cantSplit) throw new Unsupported('a row that splits across pages');
          newPage();
          rowsOnPage = 0;
          if (!row.header) {
            for (const header of headers) {
              place('row', y);
              y += heightOfRow(header);
            }
          }
        }
        if (!fits(y) && height > bottom - top) throw new Unsupported('a row taller than the page');
        mark(row.markers, page);
        place('row', y);
        y += height;
        rowsOnPage++;
        atTop = false;
        firstOnPage ??= blockIndex;
      }
      return true;
    };

    const blocks = section.blocks;
    const states: ReturnType<typeof snapshot>[] = [];
    /** The tables that start on a new page, their header rows having been alone at the foot of the page. */
    const onNextPage = new Set<number>();
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      blockIndex = i;
      states[i] = snapshot();
      if (block.type === 'paragraph' && block.format.keepNext && !atTop) {
        // The paragraphs kept with the next, and the start of the block after them, go on one page when they fit on one.
        let end = i;
        while (end < blocks.length && blocks[end]!.type === 'paragraph' && (blocks[end] as Paragraph).format.keepNext) end++;
        let height = 0;
        let after = pendingAfter;
        for (let j = i; j < end; j++) {
          const p = blocks[j] as Paragraph;
          height += Math.max(after, p.format.spaceBefore) + sumHeights(linesOf(p, width));
          after = p.format.spaceAfter;
        }
        const next = blocks[end];
        if (next) height += startHeight(next, next.type === 'table' ? after : Math.max(after, next.format.spaceBefore));
        const pageHeight = bottom - top;
        if (y + height > bottom + TOLERANCE && height - Math.max(pendingAfter, (block as Paragraph).format.spaceBefore) <= pageHeight + TOLERANCE) newPage();
      }
      if (block.type === 'paragraph') {
        placeParagraph(block);
        continue;
      }
      if (placeTable(block, onNextPage.has(i))) continue;
      // The header rows would be alone at the foot of the page: the table starts the next page, and the headings kept
      // with it go there with it, unless they start this page themselves.
      let kept = i;
      while (kept > 0 && blocks[kept - 1]!.type === 'paragraph' && (blocks[kept - 1] as Paragraph).format.keepNext) kept--;
      const first = firstOnPage;
      if (kept < i && first !== undefined && first < kept) {
        restore(states[kept]!);
        newPage();
        i = kept - 1;
        continue;
      }
      if (kept < i) throw new Unsupported('a heading kept with a table whose header rows go on, at the top of a page');
      restore(states[i]!);
      onNextPage.add(i);
      i -= 1;
    }
    sectionPageCounts.push(page - firstPage + 1);
    const last = blocks.at(-1);
    sectionEndAfter = last?.type === 'paragraph' ? last.format.spaceAfter : 0;
  }
  for (const [on, what, top] of placements) placed?.(on, what, top);
  return { bookmarks, pageCount: page, sectionPageCounts };
}
