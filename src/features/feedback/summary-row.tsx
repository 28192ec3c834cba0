/** One row of a review's summary (a description list); text the reviewer wrote is marked as theirs. */
export function Row({ term, value, userText = false }: { term: string; value: string; userText?: boolean }) {
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{term}</dt>
      <dd className={userText ? 'summary-list__value user-text' : 'summary-list__value'}>{value}</dd>
    </div>
  );
}
