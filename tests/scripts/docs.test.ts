import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  censusPath,
  citationsPath,
  decisionModelPath,
  formatCensusFile,
  readCensusFile,
  renderCitations,
  renderDecisionModel,
} from '../../scripts/generate-docs';
import { countClasses, countInputs, sampleInputs } from '../../scripts/lib/enumerate';
import type { AnswerValue } from '../../scripts/lib/enumerate';
import {
  censusClasses,
  censusDigest,
  censusOptions,
  censusRecord,
  computeCensus,
  remedyKey,
  strata,
  stratumCensus,
} from '../../scripts/lib/remedy-census';
import { applicableQuestions, evaluate, getQuestion } from '../../src/rules';
import type { AssessmentInput, QuestionId } from '../../src/rules';

// A checkout with CRLF line endings is not stale.
const read = (url: URL): string => readFileSync(url, 'utf8').replace(/\r\n/g, '\n');
const STALE = 'stale: run npm run docs';
const census = readCensusFile();

describe('docs/decision-model.md', () => {
  it('matches what the rules generate now', { timeout: 60_000 }, () => {
    expect(read(decisionModelPath), `docs/decision-model.md is ${STALE}`).toBe(renderDecisionModel(census));
  });
});

describe('docs/citations.md', () => {
  // Every citation id of reasons.ts, checklist.ts, warnings.ts and citations.ts is printed, so changing one fails here.
  it('matches the rules and locale words now', { timeout: 60_000 }, () => {
    expect(read(citationsPath), `docs/citations.md is ${STALE}`).toBe(renderCitations(census));
  });
});

/**
 * The remedy census takes minutes to compute, so this file checks it in parts: the space it covers, every remedy
 * and guideline_silent list against its recorded example, a few whole strata against their digests, and that the
 * answers it merges into classes really give the same record. DOCS_FULL_CENSUS=1 recomputes all of it.
 */
describe('docs/remedy-census.json', () => {
  it('covers the covering enumeration of the current flow', () => {
    expect(census.space, STALE).toEqual({ inputs: countInputs(censusOptions), classes: countClasses(censusOptions, censusClasses) });
    expect(census.census.inputs, STALE).toBe(census.space.inputs);
    expect(census.census.classes, STALE).toBe(census.space.classes);
    expect(census.strata.map(({ root, weight }) => ({ root, weight })), STALE).toEqual(strata());
  });

  it('lists remedies that the rules still propose for its example inputs', { timeout: 60_000 }, () => {
    for (const remedy of census.census.remedies) {
      expect(evaluate(remedy.witness).remedies.map(remedyKey), STALE).toContain(remedyKey(remedy));
    }
    for (const entry of census.census.guidelineSilent) {
      expect(censusRecord(evaluate(entry.witness)).silent, STALE).toEqual(entry.citations);
    }
  });

  it('matches the rules in the strata it marks for checking', { timeout: 120_000 }, () => {
    expect(census.checkedStrata.length).toBeGreaterThan(0);
    for (const index of census.checkedStrata) {
      const stratum = census.strata[index];
      if (stratum === undefined) throw new Error(`No stratum ${String(index)}`);
      expect(censusDigest(stratumCensus(stratum)), `${JSON.stringify(stratum.root)}: ${STALE}`).toBe(stratum.digest);
    }
  });

  it('merges only answers that give the same recommendation, remedies and guideline_silent citations', { timeout: 60_000 }, () => {
    const merged = Object.entries(censusClasses) as [QuestionId, (answer: AnswerValue) => string][];
    for (const input of sampleInputs(censusOptions, 150, 2026)) {
      const expected = censusRecord(evaluate(input));
      const path = applicableQuestions(input);
      for (const [id, classOf] of merged) {
        const answer = input[id];
        if (answer === undefined) continue;
        const question = getQuestion(id);
        const answers: readonly AnswerValue[] = question.kind === 'multi' ? censusOptions.multiSelect[id as 'dataTypes' | 'laterNeeds'] : question.options;
        for (const other of answers.filter((candidate) => classOf(candidate) === classOf(answer))) {
          const changed: AssessmentInput = { ...input, [id]: other };
          const context = `${id}: ${JSON.stringify(other)} in ${JSON.stringify(input)}`;
          expect(applicableQuestions(changed), context).toEqual(path);
          expect(censusRecord(evaluate(changed)), context).toEqual(expected);
        }
      }
    }
  });

  it.runIf(process.env.DOCS_FULL_CENSUS === '1')('is what the rules give now, in full (DOCS_FULL_CENSUS=1)', { timeout: 60 * 60_000 }, () => {
    expect(formatCensusFile(computeCensus()), STALE).toBe(read(censusPath));
  });
});
