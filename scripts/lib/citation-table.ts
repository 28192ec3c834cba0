/**
 * docs/citations.md for legal reviewers: every reason, checklist item and warning with the citations it carries,
 * and every citation with what the registry says of it. Read from the rules' own data (reasons.ts, checklist.ts,
 * warnings.ts, citations.ts), so a changed citation id anywhere there changes this document and the staleness test
 * in tests/scripts/docs.test.ts fails. Japanese words come from the locale files when they have them; a missing
 * word prints the id.
 */
import { readFileSync } from 'node:fs';
import { checklistItems, citations, citationIds, currentRuleSet, evaluate } from '../../src/rules/index';
import type { CitationId } from '../../src/rules/index';
import { reasonCitations } from '../../src/rules/reasons';
import { warningRules } from '../../src/rules/warnings';
import type { CensusFile, SilentTally } from './remedy-census';
import { formatCount } from './format';

interface JaWords {
  /** result.json `citation.short`: the label a citation button shows. */
  readonly short: Readonly<Record<string, string>>;
  /** citations.json: the document and the place in it. */
  readonly entries: Readonly<Record<string, { readonly source?: string; readonly ref?: string }>>;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../locales/ja/${path}`, import.meta.url), 'utf8'));

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function jaWords(): JaWords {
  const result = readJson('result.json');
  const citation = isRecord(result) && isRecord(result.citation) ? result.citation : {};
  const short: Record<string, string> = {};
  if (isRecord(citation.short)) for (const [id, word] of Object.entries(citation.short)) if (typeof word === 'string') short[id] = word;
  const entries: Record<string, { source?: string; ref?: string }> = {};
  const file = readJson('citations.json');
  if (isRecord(file)) {
    for (const [id, entry] of Object.entries(file)) {
      if (!isRecord(entry)) continue;
      const { source, ref } = entry;
      entries[id] = { ...(typeof source === 'string' ? { source } : {}), ...(typeof ref === 'string' ? { ref } : {}) };
    }
  }
  return { short, entries };
}

/** Whether an item or warning also applies to data outside APPI (`beyondAppi`). */
const beyondAppi = (rule: { readonly beyondAppi?: true }): string => (rule.beyondAppi === true ? 'yes' : '—');

/** Table cells must not break the Markdown row. */
const escapeCell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string): string => `\`${text}\``;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

const CITATION_COLUMNS = ['citation', '略称 (ja short name)', 'source kind', 'evidence level', 'reference tags (`basis`)', 'URL'];

function citationCells(id: CitationId, words: JaWords): string[] {
  const entry = citations[id];
  return [
    code(id),
    escapeCell(words.short[id] ?? id),
    code(entry.source),
    code(entry.level),
    escapeCell(entry.basis.join('; ')),
    entry.url === undefined ? '—' : `<${entry.url}>`,
  ];
}

/** One row per (entry, citation): self-contained rows a reviewer can filter. */
function entryRows(entries: readonly { cells: readonly string[]; cited: readonly CitationId[] }[], words: JaWords): string[][] {
  return entries.flatMap(({ cells, cited }) => cited.map((id) => [...cells, ...citationCells(id, words)]));
}

interface ObservedList {
  /** The list its example input produces now; undefined when the example no longer raises the warning. */
  readonly citations: readonly CitationId[] | undefined;
  readonly inputs: number;
}

/** The citation lists guideline_silent produced over the remedy census, re-evaluated from each example now. */
function observedSilentLists(census: CensusFile): ObservedList[] {
  return census.census.guidelineSilent.map((entry: SilentTally) => ({
    citations: evaluate(entry.witness).warnings.find((warning) => warning.id === 'guideline_silent')?.citations,
    inputs: entry.inputs,
  }));
}

function computedWarning(observed: readonly ObservedList[], census: CensusFile, words: JaWords): string {
  const possible = new Set(observed.flatMap((entry) => entry.citations ?? []));
  return [
    'Its citations depend on the open point that raised it: the citations of the reasons of every basis that is' +
      ' `inconclusive` at the assessed stage, and for the recipient-side academic route from a provider that is not' +
      ' an academic body, the two sources of that route. Over the covering enumeration' +
      ` (${formatCount(census.space.inputs)} inputs, see docs/decision-model.md §3.2) it produces exactly these` +
      ' citation lists (each re-evaluated from a recorded example input when this file is generated):',
    table(
      ['#', 'citations produced (in order)', 'inputs'],
      observed.map((entry, index) => [
        String(index + 1),
        entry.citations === undefined ? '**no longer produced by its example: run `npm run docs`**' : entry.citations.map(code).join(', '),
        formatCount(entry.inputs),
      ]),
    ),
    `The possible set, ${String(possible.size)} citations:`,
    table(
      CITATION_COLUMNS,
      citationIds.filter((id) => possible.has(id)).map((id) => citationCells(id, words)),
    ),
  ].join('\n\n');
}

export function renderCitationTable(census: CensusFile): string {
  const words = jaWords();
  const usedBy = new Map<CitationId, string[]>(citationIds.map((id) => [id, []]));
  const use = (id: CitationId, by: string) => usedBy.get(id)?.push(by);

  const reasons = Object.entries(reasonCitations).map(([id, cited]) => {
    for (const c of cited) use(c, `reason ${code(id)}`);
    return { cells: [code(id)], cited };
  });
  const items = checklistItems.map((item) => {
    for (const c of item.citations) use(c, `checklist ${code(item.id)}`);
    return { cells: [code(item.id), code(item.group), code(item.owner), beyondAppi(item)], cited: item.citations };
  });
  const fixedWarnings = warningRules.flatMap((rule) => {
    if (typeof rule.citations === 'function') return [];
    for (const c of rule.citations) use(c, `warning ${code(rule.id)}`);
    return [{ cells: [code(rule.id), beyondAppi(rule)], cited: rule.citations }];
  });
  const computed = warningRules.filter((rule) => typeof rule.citations === 'function').map((rule) => rule.id);
  if (computed.some((id) => id !== 'guideline_silent')) {
    throw new Error(`Warnings with computed citations other than guideline_silent: ${computed.join(', ')}; describe them here.`);
  }
  const observed = observedSilentLists(census);
  for (const c of new Set(observed.flatMap((entry) => entry.citations ?? []))) use(c, 'warning `guideline_silent` (computed)');

  const missingShort = citationIds.filter((id) => words.short[id] === undefined);
  const missingEntry = citationIds.filter((id) => words.entries[id] === undefined);

  const sections = [
    '# Citation table',
    '<!-- Generated by scripts/generate-docs.ts from src/rules. Do not edit: run `npm run docs`. -->',
    [
      '> **Generated file: do not edit.** Computed from `src/rules/reasons.ts`, `checklist.ts`, `warnings.ts` and',
      '> `citations.ts` (and the Japanese words in `locales/ja/`) by `scripts/generate-docs.ts`; run `npm run docs`',
      '> after changing them. A test fails when this file is stale.',
    ].join('\n'),
    `- Rule set: \`${currentRuleSet.version}\``,
    [
      'For legal review: every reason, checklist item and warning the rules can output, with each citation it carries,',
      "and what the registry (`citations.ts`) says of that citation: the kind of source, the evidence level, the tags of",
      'guideline-reference.md §0 it rests on, and its public address. The short Japanese name is the label the app',
      "shows (`locales/ja/result.json`, `citation.short`); where it has none yet, the id is printed. A verdict's",
      "citations are the union of its reasons' citations.",
    ].join(' '),
    `Ids without a Japanese short name yet: ${missingShort.length === 0 ? 'none' : missingShort.map(code).join(', ')}.`,
    `## 1. Reasons (${String(reasons.length)})`,
    table(['reason', ...CITATION_COLUMNS], entryRows(reasons, words)),
    `## 2. Checklist items (${String(items.length)})`,
    'Owner: who does it (`provider`, `recipient`, `both`, or `researcher`, the research lead). Outside APPI: "yes" if' +
      ' the item also applies to data outside the Act (deceased patients only, §10.5); every other item is an APPI duty.',
    table(['item', 'group', 'owner', 'outside APPI', ...CITATION_COLUMNS], entryRows(items, words)),
    `## 3. Warnings (${String(warningRules.length)})`,
    `### 3.1 With fixed citations (${String(fixedWarnings.length)})`,
    'Outside APPI: "yes" if the warning is also raised for data outside the Act (deceased patients only).',
    table(['warning', 'outside APPI', ...CITATION_COLUMNS], entryRows(fixedWarnings, words)),
    '### 3.2 `guideline_silent`: computed citations',
    computedWarning(observed, census, words),
    `## 4. The citation registry (${String(citationIds.length)})`,
    [
      'Every registered citation once, with the Japanese document name and place (`locales/ja/citations.json`,',
      '`source` and `ref`; the id where it has none yet) and what cites it.',
    ].join(' '),
    `Ids without an entry in \`locales/ja/citations.json\` yet: ${missingEntry.length === 0 ? 'none' : missingEntry.map(code).join(', ')}.`,
    table(
      [...CITATION_COLUMNS, '資料 (ja source)', '箇所 (ja ref)', 'cited by'],
      citationIds.map((id) => {
        const entry = words.entries[id];
        const by = usedBy.get(id) ?? [];
        return [
          ...citationCells(id, words),
          escapeCell(entry?.source ?? id),
          escapeCell(entry?.ref ?? id),
          by.length === 0 ? '**nothing**' : by.join(', '),
        ];
      }),
    ),
  ];
  return `${sections.join('\n\n')}\n`;
}
