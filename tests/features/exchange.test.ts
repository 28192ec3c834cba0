import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, pruneAnswers, rulesVersion } from '../../src/rules';
import { canonicalAnswers, fingerprint } from '../../src/features/exchange/fingerprint';
import {
  MAX_FILE_BYTES,
  parseAssessmentFile,
  serializeAssessmentFile,
  toAssessmentFile,
} from '../../src/features/exchange/format';
import { decodeShare, encodeShare } from '../../src/features/exchange/share-link';
import { fullAnswers } from '../rules/arbitraries';
import { scenarios } from '../rules/fixtures';

const s01 = scenarios[0];
if (s01 === undefined) throw new Error('fixtures missing');

describe('exchange file', () => {
  it('round-trips an assessment exactly', () => {
    fc.assert(
      fc.property(fullAnswers, fc.string({ maxLength: 200 }), (answers, name) => {
        const file = toAssessmentFile({ name, answers, ticks: ['ethics_review'] }, '2026-11-24T10:00:00.000Z');
        const parsed = parseAssessmentFile(serializeAssessmentFile(file));
        expect(parsed).toEqual({ ok: true, file, removed: [] });
        if (parsed.ok) expect(evaluate(parsed.file.input)).toEqual(evaluate(pruneAnswers(answers)));
      }),
      { numRuns: 50 },
    );
  });

  it('migrates a version 1 file', () => {
    const v1 = { schemaVersion: 1, rulesVersion, exportedAt: '2025-01-01T00:00:00.000Z', project: 'Old', answers: s01.input };
    const parsed = parseAssessmentFile(JSON.stringify(v1));
    expect(parsed.ok && parsed.file).toMatchObject({ schemaVersion: 2, name: 'Old', ticks: [], fingerprint: fingerprint(rulesVersion, s01.input) });
  });

  it.each([
    ['truncated', JSON.stringify(toAssessmentFile({ name: 'x', answers: s01.input, ticks: [] }, '2026-11-24T10:00:00.000Z')).slice(0, 80), 'not_json'],
    ['an array', '[1,2,3]', 'not_an_assessment'],
    ['unknown version', JSON.stringify({ schemaVersion: 99 }), 'unknown_version'],
    ['wrong types', JSON.stringify({ format: 'medai-data-navigator/assessment', schemaVersion: 2, rulesVersion: 1, exportedAt: 'x', name: 5, input: { stage: 'moon' }, ticks: 'all', fingerprint: 1 }), 'invalid'],
    ['too large', JSON.stringify({ schemaVersion: 2, name: 'x'.repeat(MAX_FILE_BYTES) }), 'too_large'],
  ])('explains a bad file: %s', (_label, raw, kind) => {
    const parsed = parseAssessmentFile(raw);
    expect(parsed.ok ? 'ok' : parsed.problem.kind).toBe(kind);
  });

  it('keeps markup in free text as text', () => {
    const name = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    const file = toAssessmentFile({ name, answers: s01.input, ticks: [], notes: name }, '2026-11-24T10:00:00.000Z');
    const parsed = parseAssessmentFile(serializeAssessmentFile(file));
    expect(parsed.ok && parsed.file.name).toBe(name);
  });
});

describe('share link', () => {
  it('round-trips answers and carries no free text', () => {
    fc.assert(
      fc.property(fullAnswers, (answers) => {
        const encoded = encodeShare(answers);
        expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/u);
        expect(decodeShare(encoded)).toEqual({ ok: true, answers: canonicalAnswers(answers), rulesVersion, removed: [] });
      }),
      { numRuns: 50 },
    );
  });

  it('rejects broken, outdated and hostile payloads with a reason', () => {
    expect(decodeShare('%%%')).toEqual({ ok: false, problem: 'malformed' });
    expect(decodeShare(encodeShare(s01.input).slice(0, 30))).toEqual({ ok: false, problem: 'malformed' });
    expect(decodeShare(btoa(JSON.stringify({ v: 7, a: {} })).replace(/=+$/u, ''))).toEqual({ ok: false, problem: 'unknown_version' });
    expect(decodeShare(btoa(JSON.stringify({ v: 1, r: 'x', a: { stage: '<script>' } })).replace(/=+$/u, ''))).toEqual({ ok: false, problem: 'invalid' });
    expect(decodeShare('A'.repeat(10_000))).toEqual({ ok: false, problem: 'too_long' });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        expect(() => decodeShare(raw)).not.toThrow();
        expect(() => parseAssessmentFile(raw)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('fingerprint', () => {
  it('depends on the answers and the rules version, not on answer order or off-path answers', () => {
    const a = fingerprint(rulesVersion, s01.input);
    expect(a).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/u);
    expect(fingerprint(rulesVersion, { ...s01.input, dataTypes: ['dicom_images'] })).toBe(a);
    expect(fingerprint('other-rules', s01.input)).not.toBe(a);
    expect(fingerprint(rulesVersion, { ...s01.input, stage: 'development' })).not.toBe(a);
  });
});

describe('result snapshot', () => {
  it('is included for a complete assessment and omitted for an unfinished one', () => {
    const complete = toAssessmentFile({ name: 'x', answers: s01.input, ticks: [] }, '2026-11-24T10:00:00.000Z');
    expect(complete.result).toEqual(evaluate(s01.input));
    const unfinished = toAssessmentFile({ name: 'x', answers: { dataOrigin: 'clinical_care' }, ticks: [] }, '2026-11-24T10:00:00.000Z');
    expect(unfinished.result).toBeUndefined();
  });
});
