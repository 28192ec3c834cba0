import type { TFunction } from 'i18next';

import type { Language } from '../../i18n';
import { basisNameKey, reasonKey, verdictKey, warningTitleKey } from '../../i18n/keys';
import { applicableQuestions, evaluate, rulesVersion } from '../../rules';
import type { Assessment, AssessmentInput, BasisVerdict, QuestionId } from '../../rules';
import type { DocBlock, DocModel } from '../../lib/export/doc-model';
import type { QuestionTexts } from '../wizard/question-texts';
import { focusBases } from './grading';
import type { TrainingScenario, TrainingSet } from './schema';
import type { trainingNamespaces } from './use-training';

export interface HandoutCase {
  readonly scenario: TrainingScenario;
  readonly assessment: Assessment;
  /** The recommended basis first (when there is one), then the bases a learner predicts for this case. */
  readonly mainVerdicts: readonly BasisVerdict[];
}

/** Every case with its answer key, computed by `evaluate`: the handout never states an answer of its own. */
export function handoutCases(set: TrainingSet): HandoutCase[] {
  return set.scenarios.map((scenario) => {
    const assessment = evaluate(scenario.input);
    const order = [
      ...(assessment.recommendedBasis === null ? [] : [assessment.recommendedBasis]),
      ...focusBases(assessment).filter((basis) => basis !== assessment.recommendedBasis),
    ];
    const mainVerdicts = order.flatMap((basis) => assessment.bases.filter((entry) => entry.basis === basis));
    return { scenario, assessment, mainVerdicts };
  });
}

const answersOf = (input: AssessmentInput, id: QuestionId): readonly string[] => {
  const value = input[id];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
};

type TrainingT = TFunction<typeof trainingNamespaces>;

/** The handout as a document model, for the Markdown download; the page shows the same content with its own markup. */
export function buildHandoutDoc(set: TrainingSet, lng: Language, t: TrainingT, texts: QuestionTexts): DocModel {
  const cases = handoutCases(set);
  const caseHeading = (scenario: TrainingScenario) => t('training:handout.caseHeading', { id: scenario.id, title: scenario.title[lng] });
  const paragraphs = (text: string): DocBlock[] => text.split(/\n\s*\n/u).map((p) => ({ kind: 'paragraph', text: p }));

  const blocks: DocBlock[] = [
    { kind: 'paragraph', text: t('training:handout.lead') },
    { kind: 'heading', level: 1, text: t('training:handout.casesHeading') },
    ...cases.flatMap(({ scenario }): DocBlock[] => [
      { kind: 'heading', level: 2, text: caseHeading(scenario) },
      { kind: 'paragraph', text: t('training:confidence.value', { level: t(`training:confidence.${scenario.confidence}`) }) },
      ...paragraphs(scenario.description[lng]),
      { kind: 'heading', level: 3, text: t('training:handout.factsHeading') },
      {
        kind: 'list',
        ordered: false,
        items: applicableQuestions(scenario.input).map((id) => {
          const answers = answersOf(scenario.input, id).map((answer) => texts.option(id, answer));
          return t('training:handout.fact', {
            question: texts.title(id),
            answer: answers.length === 0 ? t('training:case.factsNone') : answers.join(t('training:handout.answerSeparator')),
          });
        }),
      },
    ]),
    { kind: 'heading', level: 1, text: t('training:handout.keyHeading') },
    { kind: 'paragraph', text: t('training:handout.keyLead', { version: rulesVersion }) },
    ...cases.flatMap(({ scenario, assessment, mainVerdicts }): DocBlock[] => [
      { kind: 'heading', level: 2, text: caseHeading(scenario) },
      {
        kind: 'paragraph',
        text:
          assessment.recommendedBasis === null
            ? t('training:handout.noRecommendation')
            : t('training:handout.recommended', { basis: t(basisNameKey(assessment.recommendedBasis)) }),
      },
      { kind: 'heading', level: 3, text: t('training:handout.verdictsHeading') },
      {
        kind: 'table',
        header: [t('training:handout.col.basis'), t('training:handout.col.verdict'), t('training:handout.col.reasons')],
        rows: mainVerdicts.map((entry) => [
          t(basisNameKey(entry.basis)),
          t(verdictKey(entry.verdict)),
          entry.reasons.map((reason) => t(reasonKey(reason))).join('\n'),
        ]),
      },
      { kind: 'heading', level: 3, text: t('training:handout.warningsHeading') },
      assessment.warnings.length === 0
        ? { kind: 'paragraph', text: t('training:handout.noWarnings') }
        : { kind: 'list', ordered: false, items: assessment.warnings.map((warning) => t(warningTitleKey(warning.id))) },
      { kind: 'heading', level: 3, text: t('training:handout.teachingHeading') },
      ...paragraphs(scenario.teachingPoint[lng]),
    ]),
  ];

  return {
    title: t('training:handout.title', { title: set.title[lng] }),
    meta: [t('training:handout.meta', { version: rulesVersion })],
    blocks,
  };
}
