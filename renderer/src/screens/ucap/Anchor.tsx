import type { ReactNode } from 'react';
import { anchorId, type UcapSection } from '../../../../shared/ucap/content';

/** The place a completeness item jumps to: wraps a field so its control can be focused. */
export function Anchor({ section, recordId = null, field = null, children, className }: { section: UcapSection; recordId?: string | null; field?: string | null; children: ReactNode; className?: string }) {
  return (
    <div id={anchorId({ section, recordId, field })} className={className}>
      {children}
    </div>
  );
}

/** Scrolls to a place and focuses its first control, so the keyboard user lands where the problem is. */
export function jumpTo(id: string): boolean {
  const place = document.getElementById(id);
  if (!place) return false;
  const control = place.matches('input, textarea, select, button') ? place : place.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, select, button, [role="spinbutton"]');
  place.scrollIntoView?.({ block: 'center' });
  (control ?? place).focus();
  return true;
}
