import type { TFunction } from 'i18next';

import type jaOutcomes from '../../../locales/ja/outcomes.json';
import type jaQuestions from '../../../locales/ja/questions.json';
import { basisNameKey, remedyAssumedPhraseKey, remedyFit, remedyPhraseKey, remedySentenceKey } from '../../i18n/keys';
import type { QuestionId, Remedy } from '../../rules';
import type { resultNamespaces } from './namespaces';
import { joinList } from '../../i18n/list';

type ResultT = TFunction<typeof resultNamespaces>;
type Questions = typeof jaQuestions;
type OptionKey = { [Q in QuestionId]: `questions:${Q}.options.${keyof Questions[Q]['options'] & string}` }[QuestionId];
type Change = Remedy['changes'][number];

/**
 * A remedy's answer in words: the option's label, or the labels of a multi-select answer as a list. The ids come
 * from the rules' own schema and tests/i18n proves every (question, answer) pair has a label, which makes the key
 * cast safe.
 */
function answerWords(change: Change, t: ResultT, lng: string): string {
  const label = (answer: string) => t(`questions:${change.question}.options.${answer}` as OptionKey);
  if (typeof change.answer === 'string') return label(change.answer);
  if (change.answer.length === 0) return t('outcomes:remedy.noAnswer');
  return joinList(change.answer.map(label), lng);
}

const changeWords = (key: 'outcomes:remedy.change' | 'outcomes:remedy.assumed', change: Change, t: ResultT, lng: string) =>
  t(key, { question: t(`questions:${change.question}.title`), answer: answerWords(change, t, lng) });

/**
 * One remedy as plain sentences built from ids only: "If <question>: <answer> …, <basis> becomes usable", worded
 * by its kind (an action the user can take, or a change of who provides or receives), with "with conditions" when
 * the basis it reaches still has them, and the answers it assumes for questions the change brings up.
 */
export function remedySentences(remedy: Remedy, t: ResultT, lng: string): { sentence: string; assumes: string | null } {
  const sentence = t(remedySentenceKey(remedy.kind, remedyFit(remedy.conditional)), {
    changes: remedy.changes.map((change) => changeWords('outcomes:remedy.change', change, t, lng)),
    basis: t(basisNameKey(remedy.basis)),
  });
  const assumes =
    remedy.assumes.length === 0
      ? null
      : t('outcomes:remedy.assumes', { assumes: remedy.assumes.map((change) => changeWords('outcomes:remedy.assumed', change, t, lng)) });
  return { sentence, assumes };
}

type Remedies = (typeof jaOutcomes)['remedy'];
type KeysOf<Group extends 'phrase' | 'assumedPhrase'> = {
  [Q in keyof Remedies[Group]]: `outcomes:remedy.${Group}.${Q & string}.${keyof Remedies[Group][Q] & string}`;
}[keyof Remedies[Group]];
/** The phrase keys are built from the flow's ids; tests/i18n proves each exists, which makes the cast safe. */
type PhraseKey = KeysOf<'phrase'> | KeysOf<'assumedPhrase'>;

/**
 * A remedy in plain words for the summary ("If only the provider keeps the correspondence table, joint use … becomes
 * usable"): one short clause per change, from the flow's declared targets (tests/i18n proves each has words in both
 * languages), and the answers it assumes as a brief aside. The question-and-answer sentence stays in the details.
 */
export function remedyPlainSentence(remedy: Remedy, t: ResultT): string {
  const phrase = (change: Change, key: typeof remedyPhraseKey) => t(key(change.question, String(change.answer)) as PhraseKey);
  const sentence = t(`result:remedies.plain.${remedyFit(remedy.conditional)}`, {
    changes: remedy.changes.map((change) => phrase(change, remedyPhraseKey)),
    basis: t(basisNameKey(remedy.basis)),
  });
  if (remedy.assumes.length === 0) return sentence;
  return `${sentence}${t('result:remedies.plainAssumes', { assumes: remedy.assumes.map((change) => phrase(change, remedyAssumedPhraseKey)) })}`;
}

/**
 * The ids of a remedy's changes for the page's `data-remedy` attribute (the contract with reviewers and tests):
 * "question:answer", a multi-select answer's ids joined by ",", two changes joined by ";".
 */
export const remedyAttribute = (remedy: Remedy): string =>
  remedy.changes
    .map((change) => `${change.question}:${typeof change.answer === 'string' ? change.answer : change.answer.join(',')}`)
    .join(';');
