import type { ChangeEvent } from 'react';

export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

interface ChoiceListProps {
  /** 'radio' for one answer, 'checkbox' for any number. */
  type: 'radio' | 'checkbox';
  name: string;
  choices: readonly Choice[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /**
   * Checkboxes only: a last choice such as "None of these", set apart by the divider word ("or"). Checking it
   * clears the other choices and checking another clears it, so "none" is an answer a person gives, not the
   * absence of one.
   */
  exclusive?: { readonly choice: Choice; readonly divider: string } | undefined;
}

/** Stable id of a choice's input, so an error summary can link to the first one. */
export const choiceInputId = (name: string, value: string) => `${name}-${value}`;

/**
 * Native radios or checkboxes with visible labels and per-choice hints (linked with aria-describedby). Native inputs
 * keep the platform's keyboard behaviour: arrow keys move between radios, Space toggles a checkbox.
 */
export function ChoiceList({ type, name, choices, selected, onChange, exclusive }: ChoiceListProps) {
  const exclusiveValue = type === 'checkbox' ? exclusive?.choice.value : undefined;
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const { value, checked } = event.target;
    if (type === 'radio') {
      onChange([value]);
      return;
    }
    if (value === exclusiveValue) {
      onChange(checked ? [value] : []);
      return;
    }
    const next = checked ? [...selected, value] : selected.filter((v) => v !== value);
    // Keep the choices' own order whatever the order of clicking; any other choice clears the exclusive one.
    onChange(choices.map((c) => c.value).filter((v) => next.includes(v)));
  };

  const item = (choice: Choice) => {
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
  };

  return (
    <div className={`choices choices--${type}`}>
      {choices.map(item)}
      {exclusive === undefined || exclusiveValue === undefined ? null : (
        <>
          <p className="choices__divider">{exclusive.divider}</p>
          {item(exclusive.choice)}
        </>
      )}
    </div>
  );
}
