/**
 * Hostile-input fuzzing of everything that reads data from outside: the exchange file (import, review), the share
 * link and the saved-assessments storage. Each loader must never throw, must return either a valid value or a
 * problem it can explain, and loading must leave what is already stored untouched.
 * Used by tests/features/fuzz.test.ts (a few thousand inputs) and `npm run bench` (tens of thousands).
 */
import fc from 'fast-check';

import { parseAssessmentFile, serializeAssessmentFile, toAssessmentFile } from '../../src/features/exchange/format';
import { decodeShare, encodeShare } from '../../src/features/exchange/share-link';
import { STORAGE_KEY, loadPersisted } from '../../src/features/assessments/schema';
import { createAssessmentsStore } from '../../src/features/assessments/store';
import { applicableQuestions, assessmentInputSchema, questions } from '../../src/rules/index';
import type { AssessmentInput } from '../../src/rules/index';

export const hostileText = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '\u0000\u202e\uffff',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
);

export const answers: fc.Arbitrary<AssessmentInput> = fc
  .record(
    Object.fromEntries(questions.map((q) => [q.id, q.kind === 'multi' ? fc.subarray([...q.options]) : fc.constantFrom(...q.options)])),
    { requiredKeys: [] },
  )
  .map((raw) => assessmentInputSchema.parse(raw));

/** A valid record, then damaged: keys dropped or replaced by any JSON value, and the text maybe truncated. */
export const damaged = (valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<string> =>
  fc
    .tuple(valid, fc.nat(), fc.array(fc.tuple(fc.nat(), fc.jsonValue()), { maxLength: 4 }), fc.oneof(fc.constant(-1), fc.nat()))
    .map(([record, seed, replacements, cut]) => {
      const copy = { ...record };
      const keys = Object.keys(copy);
      for (const [index, value] of replacements) {
        const key = keys[(index + seed) % keys.length] ?? 'name';
        if (index % 3 === 0) Reflect.deleteProperty(copy, key);
        else copy[key] = value;
      }
      const text = JSON.stringify(copy);
      return cut < 0 ? text : text.slice(0, cut % (text.length + 1));
    });

const name = fc.oneof(fc.string({ maxLength: 50 }), hostileText);
/** Notes on every question of the path (the export keeps those only), some hostile, maybe an institution profile. */
const notesFor = (input: AssessmentInput, note: string) => Object.fromEntries(applicableQuestions(input).map((question) => [question, note]));
const validFile = fc.tuple(answers, name, fc.option(name), fc.option(name)).map(([input, title, note, institution]): Record<string, unknown> => ({
  ...toAssessmentFile(
    {
      name: title,
      answers: input,
      ticks: [],
      ...(note === null ? {} : { answerNotes: notesFor(input, note) }),
      ...(institution === null || institution.trim() === '' ? {} : { profile: { name: institution, contactOffice: '', contactDetails: note ?? '', note: '' } }),
    },
    '2026-11-24T00:00:00.000Z',
  ),
}));
const validStorage = fc.array(fc.tuple(answers, name), { maxLength: 3 }).map((list): Record<string, unknown> => ({
  schemaVersion: 1,
  currentId: null,
  assessments: list.map(([input, title], index) => ({
    id: `a${String(index)}`,
    name: title,
    createdAt: '2026-11-24T00:00:00.000Z',
    updatedAt: '2026-11-24T00:00:00.000Z',
    answers: input,
    ticks: [],
    ...(index % 2 === 0 ? {} : { notes: notesFor(input, title) }),
  })),
}));

export const junk = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), fc.jsonValue().map((value) => JSON.stringify(value)));
const fileText = fc.oneof(junk, damaged(validFile), validFile.map((file) => JSON.stringify(file)));
const storageText = fc.oneof(junk, damaged(validStorage), validStorage.map((state) => JSON.stringify(state)));

export interface FuzzFigures {
  readonly runs: number;
  readonly fileOk: number;
  readonly shareOk: number;
  readonly storageOk: number;
}

const memoryStorage = (raw: string) => {
  const data = new Map([[STORAGE_KEY, raw]]);
  return {
    data,
    storage: { available: true, read: (key: string) => data.get(key) ?? null, write: (key: string, value: string) => (data.set(key, value), true) },
  };
};

/** Runs the three loaders on `runs` generated inputs each; throws (via fast-check) on the first violation. */
export function fuzzLoaders(runs: number, seed?: number): FuzzFigures {
  let fileOk = 0;
  let shareOk = 0;
  let storageOk = 0;
  const settings = { numRuns: runs, ...(seed === undefined ? {} : { seed }) };

  fc.assert(
    fc.property(fileText, (raw) => {
      const result = parseAssessmentFile(raw);
      if (result.ok) {
        fileOk += 1;
        // A file that loads must survive a save and reload unchanged.
        const again = parseAssessmentFile(serializeAssessmentFile(result.file));
        if (!again.ok || JSON.stringify(again.file) !== JSON.stringify(result.file)) throw new Error('accepted file does not round-trip');
      } else if (typeof result.problem.kind !== 'string') throw new Error('problem without a kind');
    }),
    settings,
  );

  const payload = fc.oneof(
    fc.string({ maxLength: 300 }),
    answers.map((input) => encodeShare(input)),
    fc.tuple(answers, fc.nat(), fc.string({ maxLength: 3 })).map(([input, cut, noise]) => {
      const encoded = encodeShare(input);
      const at = cut % (encoded.length + 1);
      return `${encoded.slice(0, at)}${noise}${encoded.slice(at)}`;
    }),
  );
  fc.assert(
    fc.property(payload, (raw) => {
      const result = decodeShare(raw);
      if (result.ok) shareOk += 1;
    }),
    settings,
  );

  fc.assert(
    fc.property(storageText, (raw) => {
      const loaded = loadPersisted(raw);
      if (loaded.ok) storageOk += 1;
      const { storage, data } = memoryStorage(raw);
      const store = createAssessmentsStore({ storage, now: () => '2026-11-24T00:00:00.000Z', newId: () => 'fuzz' });
      store.getState().assessmentStarted('new');
      // Stored data that could not be read is never overwritten by new work.
      if (!loaded.ok && data.get(STORAGE_KEY) !== raw) throw new Error('unreadable storage was overwritten');
    }),
    settings,
  );

  return { runs, fileOk, shareOk, storageOk };
}
