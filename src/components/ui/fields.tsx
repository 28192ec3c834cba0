import { type ReactNode, useEffect, useId, useRef } from 'react';

/**
 * Labelled form fields: the label, an optional hint read with the field, and the control, in the app's form-group
 * markup. Each field makes its own ids, so a caller only passes words and the value.
 */

interface FieldGroupProps {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly children: (ids: { readonly control: string; readonly hint: string | undefined }) => ReactNode;
}

function FieldGroup({ label, hint, children }: FieldGroupProps) {
  const control = useId();
  const hintId = useId();
  return (
    <div className="form-group">
      <label className="label" htmlFor={control}>
        {label}
      </label>
      {hint === undefined ? null : (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      )}
      {children({ control, hint: hint === undefined ? undefined : hintId })}
    </div>
  );
}

/** Ids joined for `aria-describedby`, or nothing when there are none. */
const describedBy = (...ids: readonly (string | undefined)[]): string | undefined => {
  const present = ids.filter((id) => id !== undefined);
  return present.length === 0 ? undefined : present.join(' ');
};

export interface TextFieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly maxLength: number;
  /** A line under the field (such as a character count), read on focus with the hint, not on every keystroke. */
  readonly after?: string;
  readonly readOnly?: boolean;
  readonly invalid?: boolean;
  /** An error message elsewhere on the page that describes this field. */
  readonly errorId?: string | undefined;
  readonly className?: string;
  /** Only for a field that appears because the person asked to type in it (an edit form opened by a button). */
  readonly focusOnMount?: boolean;
}

export function TextField({ label, hint, value, onChange, maxLength, after, readOnly, invalid, errorId, className, focusOnMount = false }: TextFieldProps) {
  const afterId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnMount) inputRef.current?.focus();
  }, [focusOnMount]);
  return (
    <FieldGroup label={label} hint={hint}>
      {(ids) => (
        <>
          <input
            className={className === undefined ? 'input' : `input ${className}`}
            id={ids.control}
            type="text"
            maxLength={maxLength}
            autoComplete="off"
            readOnly={readOnly}
            ref={inputRef}
            aria-invalid={invalid === true ? true : undefined}
            aria-describedby={describedBy(errorId, ids.hint, after === undefined ? undefined : afterId)}
            value={value}
            onChange={(event) => {
              onChange(event.target.value);
            }}
          />
          {after === undefined ? null : (
            <div className="hint" id={afterId}>
              {after}
            </div>
          )}
        </>
      )}
    </FieldGroup>
  );
}

export interface TextAreaFieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly rows: number;
  readonly maxLength?: number;
  readonly className?: string;
}

export function TextAreaField({ label, hint, value, onChange, rows, maxLength, className }: TextAreaFieldProps) {
  return (
    <FieldGroup label={label} hint={hint}>
      {(ids) => (
        <textarea
          className={className === undefined ? 'input' : `input ${className}`}
          id={ids.control}
          rows={rows}
          maxLength={maxLength}
          aria-describedby={ids.hint}
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      )}
    </FieldGroup>
  );
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps {
  readonly label: string;
  readonly value: string;
  readonly options: readonly SelectOption[];
  readonly onChange: (value: string) => void;
  /** The id of text elsewhere on the page that says what the choice does. */
  readonly describedBy?: string;
}

export function SelectField({ label, value, options, onChange, describedBy }: SelectFieldProps) {
  return (
    <FieldGroup label={label}>
      {(ids) => (
        <select
          className="input"
          id={ids.control}
          aria-describedby={describedBy}
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldGroup>
  );
}
