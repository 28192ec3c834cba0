import { useId } from 'react';

export interface ToggleOption<T extends string> {
  value: T;
  label: string;
  /** Set when the label is in another language than the page, so screen readers pronounce it correctly. */
  lang?: string;
}

interface ToggleButtonGroupProps<T extends string> {
  label: string;
  options: readonly ToggleOption<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A row of toggle buttons (aria-pressed) of which exactly one is on; each is an ordinary tab stop. */
export function ToggleButtonGroup<T extends string>({ label, options, value, onChange }: ToggleButtonGroupProps<T>) {
  const labelId = useId();
  return (
    <div className="toggle-group" role="group" aria-labelledby={labelId}>
      <span className="toggle-group__label" id={labelId}>
        {label}
      </span>
      <span className="toggle-group__buttons">
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            className="toggle-group__button"
            lang={option.lang}
            aria-pressed={option.value === value}
            onClick={() => {
              if (option.value !== value) onChange(option.value);
            }}
          >
            {option.label}
          </button>
        ))}
      </span>
    </div>
  );
}
