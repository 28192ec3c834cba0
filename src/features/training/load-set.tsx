import { type ChangeEvent, type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { downloadText } from '../../lib/export/download';
import { questionIds } from '../../rules';
import type { QuestionId } from '../../rules';
import { oldAnswerKey } from '../exchange/rule-update-notice';
import { useQuestionTexts } from '../wizard/question-texts';
import { builtInLibrary } from './library';
import { MAX_FILE_BYTES, parseTrainingSet } from './schema';
import type { SetProblem, TrainingSet } from './schema';
import { useTrainingApi } from './store-context';
import { trainingNamespaces } from './use-training';

const MAX_SHOWN_PROBLEMS = 20;

/** File.text() is missing in some environments (jsdom among them); FileReader works everywhere. */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('read failed'));
    };
    reader.readAsText(file);
  });
}

export type LoadOutcome =
  | { readonly kind: 'loaded'; readonly set: TrainingSet }
  | { readonly kind: 'failed'; readonly fileName: string; readonly problems: readonly SetProblem[] };

/** Reads and validates a file. Nothing is stored here: only a valid set reaches the store. */
export async function loadTrainingFile(file: File): Promise<LoadOutcome> {
  const fail = (problem: SetProblem['problem']): LoadOutcome => ({ kind: 'failed', fileName: file.name, problems: [{ field: '', problem }] });
  if (file.size > MAX_FILE_BYTES) return fail({ kind: 'too_large', maxKb: Math.round(MAX_FILE_BYTES / 1000) });
  let content: string;
  try {
    content = await readText(file);
  } catch {
    return fail({ kind: 'read_failed' });
  }
  const parsed = parseTrainingSet(content);
  return parsed.ok ? { kind: 'loaded', set: parsed.set } : { kind: 'failed', fileName: file.name, problems: parsed.problems };
}

const isQuestionId = (value: string): value is QuestionId => (questionIds as readonly string[]).includes(value);

function useProblemText() {
  const { t } = useTranslation(trainingNamespaces);
  const texts = useQuestionTexts();
  const questionTitle = (path: string) => {
    const head = path.split('.')[0] ?? path;
    return isQuestionId(head) ? texts.title(head) : head;
  };

  const location = (problem: SetProblem): string => {
    const where =
      problem.caseNumber === undefined
        ? t('training:load.location.file')
        : problem.caseId === undefined
          ? t('training:load.location.case', { number: problem.caseNumber })
          : t('training:load.location.caseWithId', { number: problem.caseNumber, id: problem.caseId });
    return problem.field === '' ? where : t('training:load.location.field', { where, field: problem.field });
  };

  const message = ({ problem }: SetProblem): string => {
    switch (problem.kind) {
      case 'too_large':
        return t('training:load.problem.too_large', { maxKb: problem.maxKb });
      case 'too_long':
        return t('training:load.problem.too_long', { max: problem.max });
      case 'too_many_scenarios':
        return t('training:load.problem.too_many_scenarios', { max: problem.max });
      case 'unknown_fields':
        return t('training:load.problem.unknown_fields', { fields: problem.fields });
      case 'missing_answer':
        return t('training:load.problem.missing_answer', { question: questionTitle(problem.question), id: problem.question });
      case 'removed_answer': {
        const key = isQuestionId(problem.question) ? oldAnswerKey({ question: problem.question, answer: problem.answer }) : undefined;
        return t('training:load.problem.removed_answer', {
          question: questionTitle(problem.question),
          id: problem.question,
          answer: key === undefined ? problem.answer : t(`common:${key}`),
          allowed: problem.allowed
            .map((answer) => (isQuestionId(problem.question) ? texts.option(problem.question, answer) : answer))
            .join(t('training:load.problem.allowedSeparator')),
        });
      }
      case 'invalid_answer':
        return problem.question === '(root)'
          ? t('training:load.problem.invalid_input')
          : t('training:load.problem.invalid_answer', { question: questionTitle(problem.question), id: problem.question });
      case 'duplicate_id':
        return t('training:load.problem.duplicate_id', { id: problem.id });
      case 'reserved_id':
        return t('training:load.problem.reserved_id', { id: problem.id });
      case 'not_json':
      case 'read_failed':
      case 'wrong_format':
      case 'wrong_version':
      case 'required':
      case 'wrong_type':
      case 'empty_text':
      case 'no_scenarios':
      case 'invalid_id':
      case 'invalid_value':
        return t(`training:load.problem.${problem.kind}`);
    }
  };
  return { location, message };
}

/** The problems of a set, each with where it is, the first MAX_SHOWN_PROBLEMS of them and a count of the rest. */
export function ProblemItems({ problems }: { problems: readonly SetProblem[] }) {
  const { t } = useTranslation(trainingNamespaces);
  const { location, message } = useProblemText();
  const shown = problems.slice(0, MAX_SHOWN_PROBLEMS);
  const more = problems.length - shown.length;
  return (
    <>
      <ul className="training-load__problem-list">
        {shown.map((problem, index) => (
          // Problems are recomputed on every load and never reorder within one list.
          <li key={index}>
            <strong>{location(problem)}</strong>: {message(problem)}
          </li>
        ))}
      </ul>
      {more > 0 ? <p>{t('training:load.moreProblems', { count: more })}</p> : null}
    </>
  );
}

function ProblemList({ outcome, attempt }: { outcome: Extract<LoadOutcome, { kind: 'failed' }>; attempt: number }) {
  const { t } = useTranslation(trainingNamespaces);
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  // Each failed load moves focus here, so the problems are announced and read first.
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  return (
    <div className="error-summary training-load__problems" role="alert" aria-labelledby={titleId} tabIndex={-1} ref={ref}>
      <h3 className="error-summary__title" id={titleId}>
        {t('training:load.errorTitle', { file: outcome.fileName })}
      </h3>
      <p>{t('training:load.errorLead')}</p>
      <ProblemItems problems={outcome.problems} />
    </div>
  );
}

/**
 * Loading a trainer's own set from a JSON file, chosen with the file input or dropped on the box around it. The file
 * never leaves the browser. An invalid file changes nothing: the library, any loaded set and the score stay as
 * they were, and every problem found is listed.
 */
export function LoadSetForm({ onLoaded }: { onLoaded: (set: TrainingSet) => void }) {
  const { t } = useTranslation(trainingNamespaces);
  const store = useTrainingApi();
  const inputId = useId();
  const labelId = useId();
  const hintId = useId();
  const [failure, setFailure] = useState<Extract<LoadOutcome, { kind: 'failed' }> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [dragging, setDragging] = useState(false);

  const load = async (file: File | undefined) => {
    if (file === undefined) return;
    const outcome = await loadTrainingFile(file);
    if (outcome.kind === 'failed') {
      setFailure(outcome);
      setAttempt((n) => n + 1);
      return;
    }
    setFailure(null);
    store.getState().customSetLoaded(outcome.set);
    onLoaded(outcome.set);
  };

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires a change.
    event.target.value = '';
    void load(file);
  };

  const dragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void load(event.dataTransfer.files[0]);
  };

  return (
    <div className="training-load">
      <p>{t('training:load.lead')}</p>
      {/* A named group: the box a file can be dropped on, holding the file input that does the same by keyboard. */}
      <div
        className={dragging ? 'training-load__drop training-load__drop--active' : 'training-load__drop'}
        role="group"
        aria-labelledby={labelId}
        onDragOver={dragOver}
        onDragLeave={() => {
          setDragging(false);
        }}
        onDrop={drop}
      >
        <label className="label" htmlFor={inputId} id={labelId}>
          {t('training:load.fileLabel')}
        </label>
        <div className="hint" id={hintId}>
          {t('training:load.formatHint')} {t('training:load.dropHint')}
        </div>
        <input
          className="training-load__file"
          id={inputId}
          type="file"
          accept="application/json,.json"
          aria-describedby={hintId}
          onChange={chosen}
        />
      </div>
      {failure === null ? null : <ProblemList outcome={failure} attempt={attempt} />}
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            downloadText(t('training:load.templateFileName'), 'application/json', `${JSON.stringify(builtInLibrary, null, 2)}\n`);
          }}
        >
          {t('training:load.template')}
        </button>
      </p>
    </div>
  );
}
