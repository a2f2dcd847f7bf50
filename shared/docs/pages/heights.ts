import type { Line } from './lines';
import type { Block, Paragraph, Row } from './model';

export const sumHeights = (lines: readonly Line[]) => lines.reduce((total, line) => total + line.height, 0);

/**
 * How tall blocks stacked in a table cell, header or footer are, and table
 * rows: a row as tall as its tallest cell with its margins, and the room of
 * the borders above and below it.
 */
export function createHeights(linesOf: (paragraph: Paragraph, width: number) => Line[]) {
  /** The blocks' height, with the space before the first and after the last; between two paragraphs the larger of the two. */
  const stackHeight = (blocks: readonly Block[], width: number): number => {
    let height = 0;
    let after: number | undefined;
    for (const block of blocks) {
      if (block.type === 'table') {
        height += after ?? 0;
        for (const row of block.rows) height += heightOfRow(row);
        after = 0;
        continue;
      }
      const before = block.format.spaceBefore;
      height += after === undefined ? before : Math.max(after, before);
      height += sumHeights(linesOf(block, width)) + block.borderRoom;
      after = block.format.spaceAfter;
    }
    return height + (after ?? 0);
  };
  const rowHeights = new Map<Row, number>();
  const heightOfRow = (row: Row): number => {
    let height = rowHeights.get(row);
    if (height === undefined) {
      let tallest = 0;
      for (const cell of row.cells) tallest = Math.max(tallest, cell.marginTop + stackHeight(cell.blocks, cell.width) + cell.marginBottom);
      height = tallest + row.borderTop + row.borderBottom;
      rowHeights.set(row, height);
    }
    return height;
  };
  return { stackHeight, heightOfRow };
}
