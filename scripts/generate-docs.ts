/**
 * Writes docs/decision-model.md for legal reviewers: the question flow and outcome matrices, computed from the
 * rules' exported data only, so the document cannot say something the code does not do. Output is deterministic
 * (no dates), because tests/scripts/docs.test.ts fails when the committed file differs from a fresh render.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  applicableQuestions,
  currentRuleSet,
  evaluate,
  getQuestion,
  questions,
  stageNameCertainty,
  stages,
} from '../src/rules/index';
import type { AssessmentInput, BasisId, Question, QuestionId, StageId } from '../src/rules/index';
import { gateOf } from './lib/gating';
import type { Gate } from './lib/gating';

export const decisionModelPath = new URL('../docs/decision-model.md', import.meta.url);

const OPTIONS_PER_LINE = 3;

function describeGate(gate: Gate): string {
  switch (gate.kind) {
    case 'always':
      return 'always';
    case 'skipped_when_any':
      return `skipped if ${gate.switches
        .map((s) => `${s.question} is ${s.options.length === 1 ? '' : 'one of '}${s.options.join(', ')}`)
        .join('; or if ')}`;
    case 'asked_when_one_of':
      return gate.combinations.length === 0
        ? 'never'
        : `asked only for ${gate.combinations
            .map((c) => Object.entries(c).map(([question, option]) => `${question} = ${option}`).join(' and '))
            .join('; or ')}`;
  }
}

// ---------------------------------------------------------------------------------------------- question flow

/** The skip condition as a short edge label; `;` is avoided because Mermaid reads it as a statement end. */
function diagramSkipLabel(gate: Exclude<Gate, { kind: 'always' }>): string {
  switch (gate.kind) {
    case 'skipped_when_any':
      return `skip if ${gate.switches.map((s) => `${s.question} = ${s.options.join(' / ')}`).join('<br/>or ')}`;
    case 'asked_when_one_of':
      return 'skip otherwise (see the table)';
  }
}

function optionLines(question: Question): string {
  const lines: string[] = [];
  for (let start = 0; start < question.options.length; start += OPTIONS_PER_LINE) {
    lines.push(question.options.slice(start, start + OPTIONS_PER_LINE).join(' · '));
  }
  return lines.join('<br/>');
}

/**
 * One node per question in asking order. A gated question is entered through a diamond whose "no" edge carries
 * the computed skip condition and goes on to whatever comes next, so chains of skipped questions read correctly.
 */
function renderFlowchart(): string {
  const entry = (id: QuestionId): string => (gateOf(id).kind === 'always' ? id : `ask_${id}`);
  const lines = ['```mermaid', 'flowchart TD', '  start([Start])', '  done([Assessment])'];
  const kindLabel = (question: Question) => (question.kind === 'multi' ? ' (several)' : '');
  for (const question of questions) {
    lines.push(`  ${question.id}["${question.id}${kindLabel(question)}<br/>${optionLines(question)}"]`);
  }
  const first = questions[0];
  lines.push(`  start --> ${first === undefined ? 'done' : entry(first.id)}`);
  questions.forEach((question, index) => {
    const following = questions[index + 1];
    const next = following === undefined ? 'done' : entry(following.id);
    const gate = gateOf(question.id);
    if (gate.kind !== 'always') {
      lines.push(`  ask_${question.id}{"ask ${question.id}?"}`);
      lines.push(`  ask_${question.id} -->|yes| ${question.id}`);
      lines.push(`  ask_${question.id} -.->|"${diagramSkipLabel(gate)}"| ${next}`);
    }
    lines.push(`  ${question.id} --> ${next}`);
  });
  lines.push('```');
  return lines.join('\n');
}

function renderQuestionTable(): string {
  const rows = questions.map(
    (question, index) =>
      `| ${index + 1} | \`${question.id}\` | ${question.kind === 'multi' ? 'several' : 'one'} | ${question.options
        .map((option) => `\`${option}\``)
        .join(', ')} | ${describeGate(gateOf(question.id))} |`,
  );
  return ['| # | Question | Answers | Options | When asked |', '|---|---|---|---|---|', ...rows].join('\n');
}

// ------------------------------------------------------------------------------------------- outcome matrices

/** The answers held fixed in the matrices: a company developing diagnostic AI on identifiable care data. */
export const representativeAnswers: AssessmentInput = {
  dataOrigin: 'clinical_care',
  productKind: 'diagnostic_ai_software',
  recipientType: 'company',
  dataState: 'identifiable',
  dataTypes: ['dicom_images'],
  consent: 'difficult',
  publicHealthNeed: 'no',
  recipientOwnUse: 'yes',
  keyHolder: 'provider_only',
  foreignRecipient: 'no',
  provisionStatus: 'not_yet',
  laterNeeds: [],
  ethicsReview: 'approved',
};

type JointResearch = NonNullable<AssessmentInput['jointResearch']>;
type Provider = NonNullable<AssessmentInput['providerType']>;
type Purpose = NonNullable<AssessmentInput['purpose']>;

const NO_BASIS = '— (none: take advice)';
const RECONSTRUCTED_MARK = '*';
const NOT_ASKED_MARK = '†';

// Options come from the rules' question list; the casts narrow `readonly string[]` to the ids they hold.
const providerTypes = getQuestion('providerType').options as readonly Provider[];
const purposes = getQuestion('purpose').options as readonly Purpose[];

function matrixInput(providerType: Provider, purpose: Purpose, stage: StageId, jointResearch: JointResearch): AssessmentInput {
  return { ...representativeAnswers, providerType, purpose, stage, jointResearch };
}

const cell = (basis: BasisId | null): string => (basis === null ? NO_BASIS : `\`${basis}\``);

function renderMatrix(jointResearch: JointResearch): string {
  const header = `| provider type × purpose | ${stages
    .map((stage) => `${stage}${stageNameCertainty[stage] === 'reconstructed' ? RECONSTRUCTED_MARK : ''}`)
    .join(' | ')} |`;
  const rows = providerTypes.flatMap((providerType) =>
    purposes.map((purpose) => {
      const asked = applicableQuestions(matrixInput(providerType, purpose, 'development', jointResearch)).includes('jointResearch');
      const cells = stages.map((stage) => cell(evaluate(matrixInput(providerType, purpose, stage, jointResearch)).recommendedBasis));
      return `| \`${providerType}\` × \`${purpose}\`${asked ? '' : ` ${NOT_ASKED_MARK}`} | ${cells.join(' | ')} |`;
    }),
  );
  return [header, `|---|${stages.map(() => '---').join('|')}|`, ...rows].join('\n');
}

function renderFixedAnswers(): string {
  const fixed: Readonly<Record<string, unknown>> = representativeAnswers;
  const varied: Partial<Record<QuestionId, string>> = {
    providerType: 'varies: table rows',
    purpose: 'varies: table rows',
    stage: 'varies: table columns',
    jointResearch: `\`yes\` in the first matrix, \`no\` in the second (when asked: ${describeGate(gateOf('jointResearch'))})`,
  };
  return questions
    .map(({ id }) => {
      const value = fixed[id];
      return `- \`${id}\`: ${varied[id] ?? (value === undefined ? '(not set)' : `\`${JSON.stringify(value)}\``)}`;
    })
    .join('\n');
}

// ------------------------------------------------------------------------------------------------- document

export function renderDecisionModel(): string {
  const sections = [
    '# Decision model',
    '<!-- Generated by scripts/generate-docs.ts from src/rules. Do not edit: run `npm run docs`. -->',
    [
      `> **Generated file: do not edit.** Computed from the rules in \`src/rules/\` by \`scripts/generate-docs.ts\`;`,
      '> after changing the rules, run `npm run docs`. A test fails when this file is stale.',
    ].join('\n'),
    [
      `- Rule set: \`${currentRuleSet.version}\` (applies from ${currentRuleSet.effectiveFrom})`,
      `- Guideline: ${currentRuleSet.guideline}`,
      `- Law: ${currentRuleSet.law}`,
    ].join('\n'),
    'Ids only: the words for every id are in `locales/`.',
    '## 1. Question flow',
    'Questions are asked in this order. A diamond marks a question that is asked only when earlier answers make it' +
      ' matter; its dashed edge gives the answers that skip it. Conditions are computed by probing each' +
      " question's `appliesWhen` predicate, not written by hand.",
    renderFlowchart(),
    renderQuestionTable(),
    '## 2. Outcome matrices',
    'The recommended basis (`recommendedBasis` of `evaluate`) for each stage, provider type and purpose, with every' +
      ' other answer fixed as follows:',
    renderFixedAnswers(),
    [
      `\`${NO_BASIS}\`: no basis is recommended; either none fits or the guideline does not decide the case.`,
      `Stage ids marked ${RECONSTRUCTED_MARK} are our reconstruction of the guideline's stage names.`,
      `Rows marked ${NOT_ASKED_MARK}: \`jointResearch\` is not asked for that provider, so the answer is ignored` +
        ' and the row is the same in both matrices.',
    ].join('\n'),
    '### 2.1 With joint research (`jointResearch`: `yes`)',
    renderMatrix('yes'),
    '### 2.2 Without joint research (`jointResearch`: `no`)',
    renderMatrix('no'),
  ];
  return `${sections.join('\n\n')}\n`;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  writeFileSync(decisionModelPath, renderDecisionModel());
  console.log(`wrote ${decisionModelPath.pathname}`);
}
