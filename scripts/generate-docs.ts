/**
 * `npm run docs [-- --keep-census]` writes, for legal reviewers:
 * - docs/decision-model.md: the question flow, outcome matrices and the remedies, computed from the rules' data;
 * - docs/citations.md: every reason, checklist item and warning with its citations (scripts/lib/citation-table.ts);
 * - docs/remedy-census.json: the remedy census behind both (scripts/lib/remedy-census.ts), which takes a few minutes
 *   to compute; `--keep-census` re-renders the Markdown from the committed census instead (only when src/rules did
 *   not change, for example after new words in locales/).
 * Output is deterministic (no dates, no timings), because tests/scripts/docs.test.ts fails when a committed file
 * differs from a fresh render.
 */
import { readFileSync, writeFileSync } from 'node:fs';
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
import type { Assessment, AssessmentInput, Question, QuestionId } from '../src/rules/index';
import { renderCitationTable } from './lib/citation-table';
import { formatCount } from './lib/format';
import { gateOf, remedyRulesOf } from './lib/gating';
import type { Gate } from './lib/gating';
import { MAX_REMEDY_BUCKET, censusClasses, computeCensus, stratumUntil } from './lib/remedy-census';
import type { CensusFile, ChangeRecord } from './lib/remedy-census';

export const decisionModelPath = new URL('../docs/decision-model.md', import.meta.url);
export const citationsPath = new URL('../docs/citations.md', import.meta.url);
export const censusPath = new URL('../docs/remedy-census.json', import.meta.url);

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
  const kindLabel = (question: Question) =>
    `${question.kind === 'multi' ? ' (several)' : ''}${question.remedy === undefined ? '' : ` ⟲ ${question.remedy.kind}`}`;
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
        .join(', ')} | ${describeGate(gateOf(question.id))} | ${question.remedy === undefined ? '—' : `\`${question.remedy.kind}\``} |`,
  );
  return ['| # | Question | Answers | Options | When asked | Remedy |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

// ------------------------------------------------------------------------------------------- outcome matrices

/** The answers held fixed in the matrices: a company developing diagnostic AI on identifiable care data. */
export const representativeAnswers: AssessmentInput = {
  dataOrigin: 'clinical_care',
  dataSubjects: 'includes_living',
  productKind: 'diagnostic_ai_software',
  recipientType: 'company',
  dataState: 'identifiable',
  dataTypes: ['dicom_images'],
  consent: 'difficult',
  publicHealthNeed: 'no',
  recipientOwnUse: 'yes',
  keyHolder: 'provider_only',
  foreignRecipient: 'no',
  foreignStorage: 'no',
  provisionStatus: 'not_yet',
  laterNeeds: [],
  ethicsReview: 'approved',
};

type Provider = NonNullable<AssessmentInput['providerType']>;
type Purpose = NonNullable<AssessmentInput['purpose']>;
type Sector = NonNullable<AssessmentInput['providerSector']>;
type ForeignRecipient = NonNullable<AssessmentInput['foreignRecipient']>;
type YesNo = NonNullable<AssessmentInput['foreignStorage']>;

const NO_BASIS = '— (none: take advice)';
const RECONSTRUCTED_MARK = '*';
const NOT_ASKED_MARK = '†';
/** The stage of the foreign matrix: the first the guideline names with product development dominating (ch.6). */
const FOREIGN_MATRIX_STAGE = 'development';

// Options come from the rules' question list; the casts narrow `readonly string[]` to the ids they hold.
const providerTypes = getQuestion('providerType').options as readonly Provider[];
const purposes = getQuestion('purpose').options as readonly Purpose[];
const sectors = getQuestion('providerSector').options as readonly Sector[];
const foreignRecipients = getQuestion('foreignRecipient').options as readonly ForeignRecipient[];
const storageAnswers = getQuestion('foreignStorage').options as readonly YesNo[];

const remediesNote = (count: number): string => (count === 0 ? '' : ` (${String(count)} ${count === 1 ? 'remedy' : 'remedies'})`);

/** A matrix cell: the recommended basis, and how many remedies the result proposes. */
function cell(assessment: Assessment): string {
  const basis = assessment.recommendedBasis;
  if (basis === null) return assessment.remedies.length === 0 ? NO_BASIS : `— (none${remediesNote(assessment.remedies.length).replace(' (', '; ')}`;
  return `\`${basis}\`${remediesNote(assessment.remedies.length)}`;
}

interface Column {
  readonly label: string;
  readonly answers: AssessmentInput;
}

interface MatrixSpec {
  /** Answers that differ from `representativeAnswers` for the whole matrix. */
  readonly fixed: AssessmentInput;
  readonly columns: readonly Column[];
  /** Mark rows where jointResearch is not asked (its fixed answer is then ignored). */
  readonly markJointResearch: boolean;
}

interface MatrixRow {
  readonly label: string;
  readonly inputs: readonly AssessmentInput[];
  readonly cells: readonly string[];
}

/**
 * Rows are provider type × purpose; a provider type for which the sector is asked gets one row per sector only
 * where the sector changes a cell of that row, so the sector shows as a dimension exactly where it matters.
 */
function matrixRows(spec: MatrixSpec): MatrixRow[] {
  return providerTypes.flatMap((providerType) =>
    purposes.flatMap((purpose) => {
      const base: AssessmentInput = { ...representativeAnswers, ...spec.fixed, providerType, purpose };
      const sectorAsked = applicableQuestions(base).includes('providerSector');
      const variants = (sectorAsked ? sectors : [undefined]).map((providerSector) => {
        const inputs = spec.columns.map((column) => ({ ...base, ...column.answers, ...(providerSector === undefined ? {} : { providerSector }) }));
        return { providerSector, inputs, cells: inputs.map((input) => cell(evaluate(input))) };
      });
      const first = variants[0];
      if (first === undefined) return [];
      const sectorMatters = variants.some((variant) => variant.cells.join('|') !== first.cells.join('|'));
      const jointResearchMark =
        spec.markJointResearch && !applicableQuestions({ ...base, stage: 'development' }).includes('jointResearch') ? ` ${NOT_ASKED_MARK}` : '';
      const rows = sectorMatters ? variants : [first];
      return rows.map((variant) => ({
        label: `\`${providerType}\`${sectorMatters && variant.providerSector !== undefined ? ` (\`${variant.providerSector}\`)` : ''} × \`${purpose}\`${jointResearchMark}`,
        inputs: variants.flatMap((v) => v.inputs),
        cells: variant.cells,
      }));
    }),
  );
}

function renderMatrix(spec: MatrixSpec, firstHeader: string): string {
  const rows = matrixRows(spec);
  return [
    `| ${firstHeader} | ${spec.columns.map((column) => column.label).join(' | ')} |`,
    `|---|${spec.columns.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.label} | ${row.cells.join(' | ')} |`),
  ].join('\n');
}

const stageColumns: readonly Column[] = stages.map((stage) => ({
  label: `${stage}${stageNameCertainty[stage] === 'reconstructed' ? RECONSTRUCTED_MARK : ''}`,
  answers: { stage },
}));

/** Whether the sector splits any row of these matrices, for the legend. */
function sectorSplits(specs: readonly MatrixSpec[]): boolean {
  return specs.some((spec) => matrixRows(spec).some((row) => row.label.includes('(`')));
}

/** Checklist items and warnings that one answer adds or drops against another, across the given inputs. */
function outputDifference(inputs: readonly AssessmentInput[], from: AssessmentInput, to: AssessmentInput): { added: string[]; dropped: string[] } {
  const ids = (assessment: Assessment): string[] => [
    ...assessment.checklist.map((item) => `checklist \`${item.id}\``),
    ...assessment.warnings.map((warning) => `warning \`${warning.id}\``),
  ];
  const added = new Set<string>();
  const dropped = new Set<string>();
  for (const input of inputs) {
    const before = ids(evaluate({ ...input, ...from }));
    const after = ids(evaluate({ ...input, ...to }));
    for (const id of after) if (!before.includes(id)) added.add(id);
    for (const id of before) if (!after.includes(id)) dropped.add(id);
  }
  return { added: [...added].sort(), dropped: [...dropped].sort() };
}

function describeDifference(label: string, difference: { added: string[]; dropped: string[] }): string {
  const parts = [
    difference.added.length === 0 ? '' : `adds ${difference.added.join(', ')}`,
    difference.dropped.length === 0 ? '' : `drops ${difference.dropped.join(', ')}`,
  ].filter((part) => part !== '');
  return `- ${label}: ${parts.length === 0 ? 'no checklist item or warning changes' : `${parts.join('; ')} (in some rows at least)`}`;
}

function jointResearchSpec(jointResearch: 'yes' | 'no'): MatrixSpec {
  return { fixed: { jointResearch }, columns: stageColumns, markJointResearch: true };
}

const anonymizedSpec: MatrixSpec = { fixed: { dataState: 'anonymized', jointResearch: 'no' }, columns: stageColumns, markJointResearch: false };

/**
 * The foreign answers as columns: every foreignRecipient answer, each split by foreignStorage only if storage
 * abroad changes some cell (it is a dimension where it changes the outcome, and a note otherwise).
 */
function foreignSpec(): { spec: MatrixSpec; storageMatters: boolean } {
  const fixed: AssessmentInput = { stage: FOREIGN_MATRIX_STAGE, jointResearch: 'no' };
  const split: Column[] = foreignRecipients.flatMap((foreignRecipient) =>
    storageAnswers.map((foreignStorage) => ({
      label: `\`${foreignRecipient}\`, storage \`${foreignStorage}\``,
      answers: { foreignRecipient, foreignStorage },
    })),
  );
  const splitRows = matrixRows({ fixed, columns: split, markJointResearch: false });
  const storageMatters = splitRows.some((row) =>
    foreignRecipients.some((_, index) => row.cells[2 * index] !== row.cells[2 * index + 1]),
  );
  const columns: readonly Column[] = storageMatters
    ? split
    : foreignRecipients.map((foreignRecipient) => ({ label: `\`${foreignRecipient}\``, answers: { foreignRecipient } }));
  return { spec: { fixed, columns, markJointResearch: false }, storageMatters };
}

function renderFixedAnswers(): string {
  const fixed: Readonly<Record<string, unknown>> = representativeAnswers;
  const varied: Partial<Record<QuestionId, string>> = {
    providerType: 'varies: table rows',
    providerSector: `varies: a row is split by sector only where the sector changes one of its cells (when asked: ${describeGate(gateOf('providerSector'))})`,
    purpose: 'varies: table rows',
    stage: 'varies: table columns (§2.4: `development`)',
    jointResearch: `\`yes\` in §2.1, \`no\` in §2.2–2.4 (when asked: ${describeGate(gateOf('jointResearch'))})`,
    dataState: '`"identifiable"` (§2.3: `"anonymized"`)',
    foreignRecipient: '`"no"` (§2.4: varies, table columns)',
    foreignStorage: '`"no"` (§2.4: varies, see there)',
  };
  return questions
    .map(({ id }) => {
      const value = fixed[id];
      return `- \`${id}\`: ${varied[id] ?? (value === undefined ? '(not set)' : `\`${JSON.stringify(value)}\``)}`;
    })
    .join('\n');
}

function renderForeign(): string {
  const { spec, storageMatters } = foreignSpec();
  const rows = matrixRows(spec);
  const inputs = rows.flatMap((row) => row.inputs);
  const base: AssessmentInput = { foreignRecipient: 'no', foreignStorage: 'no' };
  const notes = [
    storageMatters
      ? 'Storage abroad (`foreignStorage`) changes the recommended basis in some rows, so each answer is shown with both.'
      : 'Storage abroad (`foreignStorage`) changes no cell of this matrix, so the columns do not split by it.',
    'What the foreign answers change besides the cells, against `foreignRecipient: no`, `foreignStorage: no`:',
    ...foreignRecipients
      .filter((answer) => answer !== 'no')
      .map((foreignRecipient) => describeDifference(`\`foreignRecipient: ${foreignRecipient}\``, outputDifference(inputs, base, { ...base, foreignRecipient }))),
    describeDifference('`foreignStorage: yes`', outputDifference(inputs, base, { ...base, foreignStorage: 'yes' })),
  ];
  return [renderMatrix(spec, 'provider type × purpose'), notes.join('\n')].join('\n\n');
}

function renderSectorNote(): string {
  const inputs = [jointResearchSpec('yes'), jointResearchSpec('no'), anonymizedSpec]
    .flatMap((spec) => matrixRows(spec).flatMap((row) => row.inputs))
    .filter((input) => applicableQuestions(input).includes('providerSector'));
  return [
    'What the sector changes besides the cells, against `providerSector: private`:',
    describeDifference('`providerSector: public_body`', outputDifference(inputs, { providerSector: 'private' }, { providerSector: 'public_body' })),
  ].join('\n');
}

// ------------------------------------------------------------------------------------------------- remedies

const formatAnswer = (answer: string | readonly string[]): string => (typeof answer === 'string' ? `\`${answer}\`` : `\`[${answer.join(', ')}]\``);
const formatChanges = (changes: readonly ChangeRecord[]): string =>
  changes.map((change) => `\`${change.question}\` → ${formatAnswer(change.answer)}`).join(' and ');

function renderDeclaredRemedies(): string {
  const rows = questions.flatMap((question) => {
    const { remedy } = question;
    if (remedy === undefined) return [];
    return remedyRulesOf(question.id).map((rule) => {
      const when = rule.when
        .filter((entry) => entry.answers.length > 0)
        .map((entry) => `\`${entry.question}\` is ${entry.answers.map((answer) => `\`${answer}\``).join(' or ')}`)
        .join(' and ');
      return `| \`${question.id}\` | \`${remedy.kind}\` | ${when} | ${rule.targets.map((target) => `\`${target}\``).join(', ')} |`;
    });
  });
  const never = questions.filter((question) => question.remedy === undefined).map((question) => `\`${question.id}\``);
  return [
    ['| Question | Kind | When the answer is | Tried instead |', '|---|---|---|---|', ...rows].join('\n'),
    `Never changed (facts about the project, no remedy declared): ${never.join(', ')}.`,
  ].join('\n\n');
}

const percent = (part: number, whole: number): string => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);

function renderCensus(census: CensusFile): string {
  const { space } = census;
  const { remedies, distribution } = census.census;
  const collapsed = Object.keys(censusClasses).map((id) => `\`${id}\``);
  const withoutBasis = distribution.filter((entry) => !entry.recommended);
  const noBasisTotal = withoutBasis.reduce((sum, entry) => sum + entry.inputs, 0);
  const noBasisHelped = withoutBasis.filter((entry) => entry.remedies > 0).reduce((sum, entry) => sum + entry.inputs, 0);
  const withRemedy = distribution.filter((entry) => entry.remedies > 0).reduce((sum, entry) => sum + entry.inputs, 0);

  const declared = questions.flatMap((question) =>
    remedyRulesOf(question.id).flatMap((rule) => rule.targets.map((target) => ({ question: question.id, target }))),
  );
  const neverProposed = declared.filter(
    ({ question, target }) => !remedies.some((remedy) => remedy.changes.some((change) => change.question === question && change.answer === target)),
  );
  const bucket = (count: number) => (count === MAX_REMEDY_BUCKET ? `${String(count)} or more` : String(count));

  return [
    [
      `Computed with \`evaluate\` over the covering enumeration of \`scripts/lib/enumerate.ts\` (\`coveringOptions\`: every`,
      `single-select answer on every path; \`dataTypes\` and \`laterNeeds\` each \`[]\`, every option alone, and all options):`,
      `${formatCount(space.inputs)} inputs. They are walked as ${formatCount(space.classes)} classes of inputs that give the same`,
      `recommendation, remedies and \`guideline_silent\` citations (answers merged per class: ${collapsed.join(', ')};`,
      `see \`scripts/lib/remedy-census.ts\`), each counted with the number of inputs it stands for. The data, with an`,
      `example input per remedy, is \`docs/remedy-census.json\`.`,
    ].join(' '),
    '#### Remedies proposed',
    `Each remedy as the result lists it: its changes (and the answers it assumes for questions the change opens), the basis that becomes recommended, and whether that basis still comes with conditions. ${formatCount(withRemedy)} inputs (${percent(withRemedy, space.inputs)}) get at least one.`,
    [
      '| # | Changes | Assumes | Recommended after | Kind | Inputs | Share of all inputs |',
      '|---|---|---|---|---|---|---|',
      ...remedies.map(
        (remedy, index) =>
          `| ${String(index + 1)} | ${formatChanges(remedy.changes)} | ${remedy.assumes.length === 0 ? '—' : formatChanges(remedy.assumes)} | \`${remedy.basis}\`${remedy.conditional ? ' (conditional)' : ''} | \`${remedy.kind}\` | ${formatCount(remedy.inputs)} | ${percent(remedy.inputs, space.inputs)} |`,
      ),
    ].join('\n'),
    neverProposed.length === 0
      ? 'Every declared change is proposed for some input.'
      : `Declared but never proposed (no input where this change alone, or with one other, reaches a recommendation): ${neverProposed.map(({ question, target }) => `\`${question}\` → \`${target}\``).join(', ')}.`,
    '#### How many remedies a result proposes',
    `Of the ${formatCount(noBasisTotal)} inputs with no recommended basis, ${formatCount(noBasisHelped)} (${percent(noBasisHelped, noBasisTotal)}) get at least one remedy.`,
    [
      '| Recommended basis | Remedies | Inputs | Share of all inputs |',
      '|---|---|---|---|',
      ...distribution.map(
        (entry) =>
          `| ${entry.recommended ? 'yes' : 'none'} | ${bucket(entry.remedies)} | ${formatCount(entry.inputs)} | ${percent(entry.inputs, space.inputs)} |`,
      ),
    ].join('\n'),
  ].join('\n\n');
}

/** How a remedy completes a question its change opens, from the flow's `assumeFirst` declarations. */
function describeAssumptions(): string {
  const first = questions.filter((question) => question.assumeFirst !== undefined);
  return [
    'A change that opens a question that was not asked assumes an answer for it: the first, in this order, that reaches',
    'the goal. A question that names the answer claiming least (`assumeFirst` in the flow) is tried with that answer',
    `first${first.length === 0 ? '' : ` (${first.map((question) => `\`${question.id}\`: \`${question.assumeFirst ?? ''}\``).join(', ')})`},`,
    'then with its other answers in option order; any other question in option order. A change that would open a multi-select question finds no completion: no remedy assumes a set of answers.',
  ].join(' ');
}

// ------------------------------------------------------------------------------------------------- document

export function renderDecisionModel(census: CensusFile): string {
  const sectorSplit = sectorSplits([jointResearchSpec('yes'), jointResearchSpec('no'), anonymizedSpec]);
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
    'Ids only: the words for every id are in `locales/`. The citations behind every reason, checklist item and warning are in `docs/citations.md`.',
    '## 1. Question flow',
    'Questions are asked in this order. A diamond marks a question that is asked only when earlier answers make it' +
      ' matter; its dashed edge gives the answers that skip it. Conditions are computed by probing each' +
      " question's `appliesWhen` predicate, not written by hand. ⟲ marks a question whose answer a remedy may change" +
      ' (§3).',
    renderFlowchart(),
    renderQuestionTable(),
    '## 2. Outcome matrices',
    'The recommended basis (`recommendedBasis` of `evaluate`) for each provider type and purpose, by stage (§2.1–2.3)' +
      ' or by the foreign answers (§2.4), with every other answer fixed as follows:',
    renderFixedAnswers(),
    [
      `\`${NO_BASIS}\`: no basis is recommended; either none fits or the guideline does not decide the case.`,
      '"(n remedies)": the result proposes n ways to reach a (better) recommendation, listed in §3.',
      `Stage ids marked ${RECONSTRUCTED_MARK} are our reconstruction of the guideline's stage names.`,
      `Rows marked ${NOT_ASKED_MARK}: \`jointResearch\` is not asked for that provider, so the answer is ignored` +
        ' and the row is the same in §2.1 and §2.2.',
      sectorSplit
        ? 'A provider type followed by a sector in brackets: the sector changes that row, so it is shown for each sector; a row without one is the same for both sectors (or the sector is not asked).'
        : 'The provider sector changes no row of §2.1–2.3.',
    ].join('\n'),
    '### 2.1 With joint research (`jointResearch`: `yes`)',
    renderMatrix(jointResearchSpec('yes'), 'provider type × purpose'),
    '### 2.2 Without joint research (`jointResearch`: `no`)',
    renderMatrix(jointResearchSpec('no'), 'provider type × purpose'),
    '### 2.3 Anonymized data (`dataState`: `anonymized`, `jointResearch`: `no`)',
    renderMatrix(anonymizedSpec, 'provider type × purpose'),
    renderSectorNote(),
    `### 2.4 Recipient abroad and storage abroad (\`stage\`: \`${FOREIGN_MATRIX_STAGE}\`, \`jointResearch\`: \`no\`)`,
    renderForeign(),
    '## 3. Remedies',
    [
      'Where no basis is recommended, or the recommended one comes with conditions, the result proposes remedies: changes',
      'to answers the user can act on that lead to a recommendation (for a conditional one: to a recommendation without',
      'conditions), computed by `src/rules/remedies.ts` with the same rules. Single changes are tried first; pairs of',
      'changes to two questions only where no single change is enough, so no remedy contains another.',
    ].join(' '),
    describeAssumptions(),
    '### 3.1 Declared in the flow',
    'The changes each question declares (`question.remedy` in `src/rules/flow.ts`), computed by probing its `targets`' +
      ' function. `action`: something the user can do; `restructure`: a different party provides or receives the data.',
    renderDeclaredRemedies(),
    '### 3.2 Proposed over the covering enumeration',
    renderCensus(census),
  ];
  return `${sections.join('\n\n')}\n`;
}

// ------------------------------------------------------------------------------------------------- files

/** JSON with one record per line in its lists: short enough to review, diff-friendly, deterministic. */
function formatJson(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${JSON.stringify(item)}`).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatJson(item, inner)}`);
    return `{\n${entries.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

export function readCensusFile(): CensusFile {
  return JSON.parse(readFileSync(censusPath, 'utf8')) as CensusFile;
}

export const formatCensusFile = (census: CensusFile): string => `${formatJson(census)}\n`;

export function renderCitations(census: CensusFile): string {
  return renderCitationTable(census);
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  let census: CensusFile;
  if (process.argv.includes('--keep-census')) {
    census = readCensusFile();
    console.log(`kept ${censusPath.pathname}`);
  } else {
    const started = performance.now();
    census = computeCensus((done, total) => {
      if (done % 21 === 0 || done === total) process.stderr.write(`remedy census: ${String(done)}/${String(total)} strata (before ${stratumUntil})\n`);
    });
    writeFileSync(censusPath, formatCensusFile(census));
    console.log(`wrote ${censusPath.pathname} (${formatCount(census.space.classes)} classes in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  writeFileSync(decisionModelPath, renderDecisionModel(census));
  console.log(`wrote ${decisionModelPath.pathname}`);
  writeFileSync(citationsPath, renderCitations(census));
  console.log(`wrote ${citationsPath.pathname}`);
}
