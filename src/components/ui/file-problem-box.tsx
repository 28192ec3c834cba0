import { type ReactNode, useId } from 'react';

import { useFocusOnMount } from './use-focus-on-mount';

/** How many of a refused file's problems are listed by default; a caller may count the rest with `more`. */
export const MAX_ISSUES_SHOWN = 20;

interface FileProblemBoxProps {
  /** The problem's id, kept on the box (`data-problem`) for tests and styles. */
  readonly problem: string;
  readonly title: string;
  /** The box's heading sits under the page's h1 (2) or under a section's h2 (3). */
  readonly headingLevel?: 2 | 3;
  readonly message: ReactNode;
  /** What follows the message: the problems listed, a link onwards, what was left untouched. */
  readonly children?: ReactNode;
}

/**
 * Says why a file the person chose could not be used. It is an alert and takes focus when it appears, so keyboard
 * and screen-reader users hear it at once, and its heading names it.
 */
export function FileProblemBox({ problem, title, headingLevel = 2, message, children }: FileProblemBoxProps) {
  const box = useFocusOnMount<HTMLDivElement>();
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="problem-box" role="alert" aria-labelledby={titleId} tabIndex={-1} ref={box} data-problem={problem}>
      <Heading className="problem-box__title" id={titleId}>
        {title}
      </Heading>
      <p>{message}</p>
      {children}
    </div>
  );
}

interface IssueListProps<T> {
  readonly issues: readonly T[];
  readonly render: (issue: T) => ReactNode;
  /** How many are listed at most. */
  readonly max?: number;
  /** The line counting those not listed; without it they are left out silently (the message counts them). */
  readonly more?: (count: number) => ReactNode;
}

/** The problems found in a file, at most `max` of them, each on its own line. */
export function IssueList<T>({ issues, render, max = MAX_ISSUES_SHOWN, more }: IssueListProps<T>) {
  return (
    <ul className="problem-box__issues">
      {issues.slice(0, max).map((issue, index) => (
        // The issues are a fixed list shown once; two may read the same, so their place is their key.
        <li key={index}>{render(issue)}</li>
      ))}
      {more !== undefined && issues.length > max ? <li>{more(issues.length - max)}</li> : null}
    </ul>
  );
}
