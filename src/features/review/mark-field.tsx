import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { reviewNamespaces } from './namespaces';
import { MAX_COMMENT, ReviewMark } from './schema';
import type { ItemReview } from './schema';
import { markName } from './texts';

const NONE = 'none';
const choices = [NONE, ...ReviewMark.options] as const;

interface MarkFieldProps {
  /** What is being marked, in words: part of the group's and the comment's accessible names. */
  readonly item: string;
  readonly value: ItemReview | undefined;
  readonly onMark: (mark: ReviewMark | null) => void;
  readonly onComment: (comment: string) => void;
}

/**
 * The reviewer's judgement of one answer or checklist item: native radios (arrow keys move between them) and a
 * comment. The heading above already shows the item, so the visible legend and label say only "mark" and
 * "comment"; their accessible names (through aria-labelledby, to hidden full texts) also name the item, so a screen
 * reader hears which item each control belongs to. A visually hidden span inside the legend would do the same, but
 * browsers differ on whether they put a space before it, which the tests' names would then have to guess.
 */
export function MarkField({ item, value, onMark, onComment }: MarkFieldProps) {
  const { t } = useTranslation(reviewNamespaces);
  const id = useId();
  const current = value?.mark ?? NONE;
  const commentId = `${id}-comment`;
  const groupNameId = `${id}-group-name`;
  const commentNameId = `${id}-comment-name`;

  return (
    <fieldset className="review-mark" data-mark={current} aria-labelledby={groupNameId}>
      <legend className="review-mark__legend">{t('review:marks.legend')}</legend>
      <span id={groupNameId} hidden>
        {t('review:marks.groupName', { item })}
      </span>
      <span id={commentNameId} hidden>
        {t('review:marks.commentName', { item })}
      </span>
      <div className="review-mark__choices">
        {choices.map((choice) => {
          const inputId = `${id}-${choice}`;
          return (
            <div className={`review-mark__choice review-mark__choice--${choice}`} key={choice}>
              <input
                className="review-mark__input"
                type="radio"
                id={inputId}
                name={`${id}-mark`}
                value={choice}
                checked={current === choice}
                onChange={() => {
                  onMark(choice === NONE ? null : choice);
                }}
              />
              <label className="review-mark__label" htmlFor={inputId}>
                {markName(t, choice === NONE ? null : choice)}
              </label>
            </div>
          );
        })}
      </div>
      <label className="label review-mark__comment-label" htmlFor={commentId}>
        {t('review:marks.comment')}
      </label>
      <textarea
        className="input review-mark__comment"
        id={commentId}
        aria-labelledby={commentNameId}
        rows={2}
        maxLength={MAX_COMMENT}
        value={value?.comment ?? ''}
        onChange={(event) => {
          onComment(event.target.value);
        }}
      />
    </fieldset>
  );
}
