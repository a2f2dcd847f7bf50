type Props = {
  className: string;
  label: string;
  required?: boolean;
  /** What the live field's segments will show, in the same locale. */
  text: string;
  onReach: () => void;
};

/**
 * A date or time field before it is live (live-when-idle.ts): the same label,
 * box and text, reachable by Tab and pointer, which make the real field at
 * once and give it the focus.
 */
export function FieldStandIn({ className, label, required, text, onReach }: Props) {
  return (
    <div className={className}>
      <span className="field-label">
        {label}
        {required ? <span aria-hidden="true" className="required">*</span> : null}
      </span>
      <div role="group" aria-label={label} className="date-input" tabIndex={0} onFocus={onReach} onPointerDown={onReach}>
        {text}
      </div>
    </div>
  );
}
