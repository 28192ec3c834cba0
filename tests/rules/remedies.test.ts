import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/lib/enumerate';
import { evaluate, getQuestion, nextQuestion } from '../../src/rules';
import type { Assessment, AssessmentInput } from '../../src/rules';
import { checkRemedies } from './remedy-checks';
import { withAnswers } from './fixtures';

/**
 * Remedy properties over a seeded random sample of complete paths: each sample walks the wizard's own flow
 * (`nextQuestion`) and picks every answer, and any subset of each multi-select answer, with a fixed-seed
 * generator, so the run is repeatable and reaches every question and answer. Walking all 41.7 million
 * single-select paths takes longer than a test may; the exhaustive test applies the same checks to its walk.
 */
const SAMPLES = 40_000;

function* samplePaths(count: number, seed: number): Generator<AssessmentInput> {
  const random = seededRandom(seed);
  for (let n = 0; n < count; n++) {
    let input: AssessmentInput = {};
    for (let id = nextQuestion(input); id !== null; id = nextQuestion(input)) {
      const { kind, options } = getQuestion(id);
      const answer = kind === 'multi' ? options.filter(() => random() < 0.3) : options[Math.floor(random() * options.length)];
      input = { ...input, [id]: answer };
    }
    yield input;
  }
}

describe('remedies', () => {
  it('hold their properties across a seeded sample of complete paths', { timeout: 300_000 }, () => {
    let deadEnds = 0;
    let withRemedies = 0;
    let pairs = 0;
    const seen = new Set<string>();
    for (const input of samplePaths(SAMPLES, 20241205)) {
      const result = evaluate(input);
      checkRemedies(input, result);
      if (result.recommendedBasis === null) deadEnds += 1;
      if (result.remedies.length > 0) withRemedies += 1;
      for (const remedy of result.remedies) {
        if (remedy.changes.length === 2) pairs += 1;
        for (const change of remedy.changes) seen.add(`${change.question}:${String(change.answer)}`);
      }
    }
    console.info(`remedies: ${String(SAMPLES)} sampled paths; ${String(deadEnds)} with nothing recommended; ${String(withRemedies)} with remedies; ${String(pairs)} two-change remedies`);
    // Every change the flow data declares is proposed somewhere: no dead remedy declaration.
    expect([...seen].sort()).toEqual(
      [
        'providerType:academic_medical',
        'providerType:non_academic_medical',
        'jointResearch:yes',
        'dataState:pseudonymized',
        'consent:obtainable',
        'recipientOwnUse:no',
        'keyHolder:provider_only',
        'foreignRecipient:adequate_country',
        'foreignRecipient:conforming_system',
      ].sort(),
    );
    expect(pairs).toBeGreaterThan(0);
  });

  it('are empty when an unconditional basis is recommended', () => {
    const result: Assessment = evaluate(withAnswers({}));
    expect(result.recommendedBasis).toBe('pseudonymized_joint_use');
    expect(result.remedies).toEqual([]);
  });

  it('offer something better than a conditional recommendation, never something merely different', () => {
    // Consent still to be obtained comes first and stays conditional; only leaving consent aside (creating
    // 仮名加工情報 first) and fixing what blocks the other routes reaches a basis without conditions.
    const result = evaluate(withAnswers({ consent: 'obtainable', recipientOwnUse: 'yes', keyHolder: 'recipient_too' }));
    expect(result.recommendedBasis).toBe('consent');
    for (const remedy of result.remedies) expect(remedy.conditional).toBe(false);
    expect(result.remedies.map((remedy) => `${remedy.changes.map((c) => `${c.question}:${String(c.answer)}`).join(';')}→${remedy.basis}`)).toEqual([
      'dataState:pseudonymized;recipientOwnUse:no→entrustment',
      'dataState:pseudonymized;keyHolder:provider_only→pseudonymized_joint_use',
    ]);
  });

  it('state what they assume for a question the change opens (a company asking a hospital to provide)', () => {
    const result = evaluate(withAnswers({ providerType: 'company' }));
    const viaHospital = result.remedies.find((remedy) => remedy.changes[0]?.answer === 'academic_medical');
    expect(viaHospital?.assumes).toEqual([
      { question: 'providerSector', answer: 'private' },
      { question: 'jointResearch', answer: 'no' },
    ]);
    expect(viaHospital?.kind).toBe('restructure');
  });

  it('use two changes only where one is not enough', () => {
    // 仮名加工情報 already made, a company abroad (no EEA/UK, no Rule 16 system) that wants the key: fixing the key
    // alone leaves the foreign point open, fixing the country alone leaves the key; both together work.
    const result = evaluate(withAnswers({ dataState: 'pseudonymized', keyHolder: 'recipient_too', foreignRecipient: 'other_country' }));
    expect(result.recommendedBasis).toBeNull();
    expect(result.remedies.length).toBeGreaterThan(0);
    for (const remedy of result.remedies) expect(remedy.changes).toHaveLength(2);
    expect(result.remedies.map((remedy) => remedy.changes.map((c) => `${c.question}:${String(c.answer)}`).join(';'))).toContain(
      'keyHolder:provider_only;foreignRecipient:adequate_country',
    );
  });
});
