type Props<T extends string> = {
  legend: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  columns?: 1 | 2 | 3;
};

/** A multi-select as checkboxes; keeps the options' order in what it reports. */
export function CheckboxGroup<T extends string>({ legend, options, selected, onChange, columns = 1 }: Props<T>) {
  const toggle = (value: T, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(value);
    else next.delete(value);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <fieldset className={`checkbox-group columns-${columns}`}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="checkbox">
          <input type="checkbox" checked={selected.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
