import { type MouseEvent, useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  /** id of the field to move to. */
  readonly targetId: string;
  readonly message: string;
}

interface ErrorSummaryProps {
  title: string;
  errors: readonly ErrorSummaryItem[];
  /** Changes on every failed submit, so a second failed attempt moves focus here again. */
  attempt: number;
}

/**
 * The GOV.UK error summary: shown at the top after a failed submit, it takes focus (so the problem is announced and
 * keyboard users start from it) and links to each field. A plain `href="#id"` would be read as a route by the hash
 * router, so the links move focus themselves.
 */
export function ErrorSummary({ title, errors, attempt }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);

  const goTo = (event: MouseEvent<HTMLAnchorElement>, targetId: string) => {
    event.preventDefault();
    // Focusing scrolls the field into view.
    document.getElementById(targetId)?.focus();
  };

  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.targetId}>
            <a
              href={`#${error.targetId}`}
              onClick={(event) => {
                goTo(event, error.targetId);
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
