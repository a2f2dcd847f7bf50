import { useRef, type KeyboardEvent, type ReactNode } from 'react';

type Option<T extends string> = { value: T; label: ReactNode };

type Props<T extends string> = {
  label: string;
  options: readonly Option<T>[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
};

const NEXT: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * A row of buttons that behaves as one radio group (WAI-ARIA radio group
 * pattern): one Tab stop, the checked button; the arrow keys move to the next
 * or previous option and check it, Home and End to the first and last.
 */
export function RadioButtons<T extends string>({ label, options, value, onChange, className }: Props<T>) {
  const group = useRef<HTMLDivElement>(null);
  const move = (index: number) => {
    const option = options[(index + options.length) % options.length]!;
    onChange(option.value);
    group.current?.querySelectorAll<HTMLButtonElement>('[role="radio"]')[options.indexOf(option)]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const step = NEXT[e.key];
    if (step !== undefined) move(index + step);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(options.length - 1);
    else return;
    e.preventDefault();
  };
  const checked = options.some((o) => o.value === value) ? value : options[0]?.value;
  return (
    <div role="radiogroup" aria-label={label} className={className} ref={group}>
      {options.map((o, i) => (
        <button key={o.value} type="button" role="radio" aria-checked={o.value === value} tabIndex={o.value === checked ? 0 : -1} onClick={() => onChange(o.value)} onKeyDown={(e) => onKeyDown(e, i)}>
          {o.label}
        </button>
      ))}
    </div>
  );
}
