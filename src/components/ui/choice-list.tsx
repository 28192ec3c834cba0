import type { ChangeEvent } from 'react';

export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

interface ChoiceListProps {
  /** 'radio' for one answer, 'checkbox' for any number (including none). */
  type: 'radio' | 'checkbox';
  name: string;
  choices: readonly Choice[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/** Stable id of a choice's input, so an error summary can link to the first one. */
export const choiceInputId = (name: string, value: string) => `${name}-${value}`;

/**
 * Native radios or checkboxes with visible labels and per-choice hints (linked with aria-describedby). Native inputs
 * keep the platform's keyboard behaviour: arrow keys move between radios, Space toggles a checkbox.
 */
export function ChoiceList({ type, name, choices, selected, onChange }: ChoiceListProps) {
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const { value, checked } = event.target;
    if (type === 'radio') {
      onChange([value]);
      return;
    }
    const next = checked ? [...selected, value] : selected.filter((v) => v !== value);
    // Keep the choices' own order whatever the order of clicking.
    onChange(choices.map((c) => c.value).filter((v) => next.includes(v)));
  };

  return (
    <div className={`choices choices--${type}`}>
      {choices.map((choice) => {
        const id = choiceInputId(name, choice.value);
        const hintId = `${id}-hint`;
        return (
          <div className="choices__item" key={choice.value}>
            <input
              className="choices__input"
              id={id}
              type={type}
              name={name}
              value={choice.value}
              checked={selected.includes(choice.value)}
              onChange={change}
              aria-describedby={choice.hint === undefined ? undefined : hintId}
            />
            <label className="choices__label" htmlFor={id}>
              {choice.label}
            </label>
            {choice.hint === undefined ? null : (
              <div className="choices__hint" id={hintId}>
                {choice.hint}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
