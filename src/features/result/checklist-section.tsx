import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { CHECKLIST_GROUPS, OWNER_LABEL_KEY, checklistDetailKey, checklistGroupKey, checklistTitleKey } from '../../i18n/keys';
import { checklistItems } from '../../rules';
import type { Assessment, AssessmentInput, ChecklistGroup, ChecklistId } from '../../rules';
import { OpenPointMarkers } from '../about/open-point-marker';
import { CitationList } from '../citations/citation-link';
import { FeedbackNote } from '../feedback/received-review';
import type { ItemFeedback } from '../feedback/received-review';
import { resultNamespaces } from './namespaces';
import { ownerWords } from './next-step-text';
import { FoldedDetails } from '../../components/ui/folded-details';

type Item = Assessment['checklist'][number];

/** The group each item is shown under, as the rules declare it (checklist.ts), not a second copy of the mapping. */
const groupOf: ReadonlyMap<ChecklistId, ChecklistGroup> = new Map(checklistItems.map((item) => [item.id, item.group]));

interface ChecklistSectionProps {
  readonly items: Assessment['checklist'];
  /** The answers, so owners are named as the summary names them ("the providing hospital"). */
  readonly answers: AssessmentInput;
  readonly ticks: readonly ChecklistId[];
  readonly onToggle: (id: ChecklistId) => void;
  /** The ethics office's mark and comment per item, when a review was taken in. */
  readonly feedbackOn?: ((id: ChecklistId) => ItemFeedback | undefined) | undefined;
}

export function ChecklistSection({ items, answers, ticks, onToggle, feedbackOn }: ChecklistSectionProps) {
  const { t } = useTranslation(resultNamespaces);
  const headingId = useId();
  // Ticks of items no longer on the list (after an answer changed) are kept in storage but not counted.
  const done = items.filter((item) => ticks.includes(item.id)).length;

  return (
    <section className="result-section checklist" aria-labelledby={headingId} data-section="checklist">
      <h2 id={headingId}>{t('result:checklist.heading')}</h2>
      <p>{t('result:checklist.lead')}</p>
      {items.length === 0 ? (
        <p>{t('result:checklist.empty')}</p>
      ) : (
        <p className="checklist__progress" role="status">
          {t('result:checklist.progress', { done, total: items.length })}
        </p>
      )}
      {CHECKLIST_GROUPS.map((group) => {
        const inGroup = items.filter((item) => groupOf.get(item.id) === group);
        if (inGroup.length === 0) return null;
        return (
          <div key={group} className="checklist__group" data-checklist-group={group}>
            <h3>{t(checklistGroupKey(group))}</h3>
            <ul className="checklist__items">
              {inGroup.map((item) => (
                <ChecklistRow
                  key={item.id}
                  item={item}
                  answers={answers}
                  ticked={ticks.includes(item.id)}
                  onToggle={onToggle}
                  feedback={feedbackOn?.(item.id)}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

interface ChecklistRowProps {
  readonly item: Item;
  readonly answers: AssessmentInput;
  readonly ticked: boolean;
  readonly onToggle: (id: ChecklistId) => void;
  readonly feedback: ItemFeedback | undefined;
}

/** Each row words its own owner: worked out in the section, every row's words were one unit React cannot slice. */
function ChecklistRow({ item, answers, ticked, onToggle, feedback }: ChecklistRowProps) {
  const { t } = useTranslation(resultNamespaces);
  const owner = ownerWords(item.owner, answers, t);
  const inputId = useId();
  const ownerId = useId();
  const detailId = useId();
  return (
    <li
      className={ticked ? 'checklist__item checklist__item--done' : 'checklist__item'}
      data-checklist={item.id}
      data-owner={item.owner}
    >
      <div className="checklist__control">
        <input
          className="checklist__checkbox"
          type="checkbox"
          id={inputId}
          checked={ticked}
          aria-describedby={`${ownerId} ${detailId}`}
          onChange={() => {
            onToggle(item.id);
          }}
        />
        <label className="checklist__title" htmlFor={inputId}>
          {t(checklistTitleKey(item.id))}
        </label>
      </div>
      {/* Who does it, in words: the page never tells owners apart by colour alone. */}
      <p className="checklist__detail checklist__owner" id={ownerId}>
        {t(OWNER_LABEL_KEY, { owner })}
      </p>
      <OpenPointMarkers concerning={{ kind: 'checklist', id: item.id }} />
      {/* Mounted only with a review, so a result without one never loads the feedback texts. */}
      {feedback === undefined ? null : <FeedbackNote feedback={feedback} />}
      {/* The explanation is folded away on screen (the list is long on a phone) and unfolded for printing. */}
      <FoldedDetails className="checklist__more" summary={t('result:checklist.more')} later={<CitationList ids={item.citations} />}>
        <p className="checklist__detail" id={detailId}>
          {t(checklistDetailKey(item.id))}
        </p>
      </FoldedDetails>
    </li>
  );
}
