import { describe, expect, it } from 'vitest';

import libraryJson from '../../src/features/training/library.json';
import { builtInLibrary } from '../../src/features/training/library';
import { focusBases, focusPriority } from '../../src/features/training/grading';
import { parseTrainingSet, trainingSetSchema } from '../../src/features/training/schema';
import { BasisId, describeInputProblems, evaluate } from '../../src/rules';
import fixtures from '../fixtures/scenarios.json';

const hasJapanese = (text: string) => /[\u3040-\u30ff\u3400-\u9fff]/u.test(text);
const clone = <T,>(value: T): T => structuredClone(value);

describe('the built-in scenario library', () => {
  it('parses with trainingSetSchema', () => {
    const parsed = trainingSetSchema.safeParse(libraryJson);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 5))).toBe(true);
    expect(builtInLibrary.scenarios.length).toBeGreaterThanOrEqual(18);
  });

  it.each(libraryJson.scenarios.map((s) => [s.id, s.input] as const))('%s has a complete input', (_id, input) => {
    expect(describeInputProblems(input)).toEqual([]);
    expect(() => evaluate(input)).not.toThrow();
  });

  it('has unique ids and texts in both languages, the Japanese in Japanese', () => {
    const ids = builtInLibrary.scenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of builtInLibrary.scenarios) {
      for (const text of [s.title, s.description, s.teachingPoint]) {
        expect(text.en.length, s.id).toBeGreaterThan(0);
        expect(hasJapanese(text.ja), `${s.id}: ${text.ja}`).toBe(true);
        expect(text.ja).not.toBe(text.en);
      }
    }
  });

  it('holds the twelve shared scenarios with the same inputs, titles and descriptions as the fixtures', () => {
    expect(fixtures.scenarios).toHaveLength(12);
    for (const shared of fixtures.scenarios) {
      const mine = libraryJson.scenarios.find((s) => s.id === shared.id);
      expect(mine, shared.id).toBeDefined();
      expect(mine?.input, shared.id).toEqual(shared.input);
      expect(mine?.title, shared.id).toEqual(shared.title);
      expect(mine?.description.en, shared.id).toBe(shared.description);
      expect(mine?.confidence, shared.id).toBe(shared.confidence);
    }
  });

  it('adds at least six cases of its own that cover what the shared ones do not', () => {
    const shared = new Set(fixtures.scenarios.map((s) => s.id));
    const own = builtInLibrary.scenarios.filter((s) => !shared.has(s.id)).map((s) => s.input);
    expect(own.length).toBeGreaterThanOrEqual(6);
    // Covered by the inputs (the answers come from evaluate, never from the library).
    expect(own.some((i) => i.recipientType === 'regulator' && i.stage === 'regulatory_review')).toBe(true);
    expect(own.some((i) => i.recipientOwnUse === 'no')).toBe(true);
    expect(own.some((i) => i.foreignRecipient === 'other_country' && i.foreignStorage === 'yes')).toBe(true);
    expect(own.some((i) => i.keyHolder === 'recipient_too')).toBe(true);
    expect(own.some((i) => i.stage === 'post_market')).toBe(true);
    expect(own.some((i) => i.providerType === 'non_academic_medical' && i.stage === 'exploration' && i.recipientType === 'company')).toBe(true);
    expect(own.some((i) => i.provisionStatus === 'provided_without_publication')).toBe(true);
  });

  it('picks three distinct bases to predict for every case', () => {
    expect([...focusPriority].sort()).toEqual([...BasisId.options].sort());
    for (const s of builtInLibrary.scenarios) {
      const focus = focusBases(evaluate(s.input));
      expect(new Set(focus).size, s.id).toBe(3);
    }
  });
});

describe('trainingSetSchema on a trainer’s file', () => {
  const valid = () => clone(libraryJson);

  it('accepts the library written back out', () => {
    expect(parseTrainingSet(JSON.stringify(builtInLibrary)).ok).toBe(true);
  });

  it('lists every missing and invalid answer of an input, by case and field', () => {
    const set = valid();
    const input = set.scenarios[2]?.input as Record<string, unknown>;
    delete input.stage;
    input.consent = 'maybe';
    const result = parseTrainingSet(JSON.stringify(set));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { caseNumber: 3, caseId: 'S03', field: 'input.stage', problem: { kind: 'missing_answer', question: 'stage' } },
      ]),
    );
    // consent is not on S03's path (pseudonymized data), so it is pruned rather than reported… unless invalid.
    expect(result.problems.some((p) => p.problem.kind === 'invalid_answer' && p.field === 'input.consent')).toBe(true);
  });

  it('rejects duplicate and reserved ids, bad ids, empty and over-long texts, unknown fields', () => {
    const set = valid();
    const [a, b, c, d] = set.scenarios;
    if (a === undefined || b === undefined || c === undefined || d === undefined) throw new Error('library too small');
    b.id = a.id;
    c.id = 'summary';
    d.title.en = '   ';
    d.description.ja = 'あ'.repeat(4001);
    (d as Record<string, unknown>).expected = 'consent';
    const result = parseTrainingSet(JSON.stringify(set));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const kinds = result.problems.map((p) => `${String(p.caseNumber)}:${p.field}:${p.problem.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['2:id:duplicate_id', '3:id:reserved_id', '4:title.en:empty_text', '4:description.ja:too_long', '4::unknown_fields']),
    );
  });

  it('rejects text that is not JSON, the wrong format tag and the wrong version', () => {
    expect(parseTrainingSet('{ not json')).toEqual({ ok: false, problems: [{ field: '', problem: { kind: 'not_json' } }] });
    const set = { ...valid(), format: 'something-else', schemaVersion: 3 };
    const result = parseTrainingSet(JSON.stringify(set));
    expect(result.ok ? [] : result.problems.map((p) => p.problem.kind)).toEqual(['wrong_format', 'wrong_version']);
    const empty = parseTrainingSet(JSON.stringify({ ...valid(), scenarios: [] }));
    expect(empty.ok ? [] : empty.problems.map((p) => p.problem.kind)).toEqual(['no_scenarios']);
  });
});
