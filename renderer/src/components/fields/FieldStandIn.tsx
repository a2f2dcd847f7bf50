import type { PointerEvent } from 'react';
import type { StandInPart } from './stand-in-text';

type Props = {
  className: string;
  label: string;
  required?: boolean;
  /** What the live field's segments will show, in the same locale, part by part. */
  parts: readonly StandInPart[];
  /** Make the field live and focus it: the segment of that type, or the first one (null). */
  onReach: (segment: string | null) => void;
};

/** The segment a pointer landed on: the part under it, or none (a separator, the box's padding). */
function segmentAt(event: PointerEvent<HTMLElement>): string | null {
  const part = (event.target as HTMLElement).closest<HTMLElement>('[data-part]')?.dataset.part;
  return part && part !== 'literal' ? part : null;
}

/**
 * A date or time field before it is live (live-when-idle.ts): the same label,
 * box and text, reachable by Tab and pointer, which make the real field at
 * once and give the focus to its first segment (Tab) or to the one under the
 * pointer.
 */
export function FieldStandIn({ className, label, required, parts, onReach }: Props) {
  return (
    <div className={className}>
      <span className="field-label">
        {label}
        {required ? <span aria-hidden="true" className="required">*</span> : null}
      </span>
      <div role="group" aria-label={label} className="date-input" tabIndex={0} onFocus={() => onReach(null)} onPointerDown={(event) => onReach(segmentAt(event))}>
        {parts.map((part, i) => (
          <span key={i} data-part={part.type}>
            {part.value}
          </span>
        ))}
      </div>
    </div>
  );
}
