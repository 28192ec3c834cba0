import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applicableQuestions,
  assessmentSchema,
  citations,
  describeInputProblems,
  evaluate,
  getQuestion,
  migrateAnswers,
  nextQuestion,
  pruneAnswers,
  questionIds,
} from '../../src/rules';
import type { QuestionId } from '../../src/rules';
import { answerArbitrary, fullAnswers, ruleSet1Answers, runs } from './arbitraries';

const fullyAnswered = {
  dataOrigin: 'clinical_care',
  dataSubjects: 'includes_living',
  productKind: 'diagnostic_ai_software',
  providerType: 'academic_medical',
  providerSector: 'private',
  recipientType: 'company',
  purpose: 'product_only',
  jointResearch: 'no',
  stage: 'development',
  dataState: 'identifiable',
  dataTypes: [],
  consent: 'difficult',
  publicHealthNeed: 'no',
  recipientOwnUse: 'yes',
  keyHolder: 'provider_only',
  foreignStorage: 'no',
  provisionStatus: 'not_yet',
  laterNeeds: [],
  ethicsReview: 'approved',
};

describe('properties of the decision model', () => {
  it('answers to questions off the path never change the result', () => {
    fc.assert(
      fc.property(fullAnswers, fullAnswers, (input, noise) => {
        const complete = pruneAnswers(input);
        const onPath = new Set<QuestionId>(applicableQuestions(complete));
        const offPath = Object.fromEntries(questionIds.filter((id) => !onPath.has(id)).map((id) => [id, noise[id]]));
        expect(evaluate({ ...offPath, ...complete })).toEqual(evaluate(complete));
      }),
      { numRuns: runs(300) },
    );
  });

  it('changing an earlier answer keeps the answers before it and drops those that no longer apply', () => {
    const change = fullAnswers.chain((input) => {
      const complete = pruneAnswers(input);
      const path = applicableQuestions(complete);
      return fc
        .constantFrom(...path)
        .chain((id) => answerArbitrary(getQuestion(id)).map((answer) => ({ complete, id, answer })));
    });
    fc.assert(
      fc.property(change, ({ complete, id, answer }) => {
        const changed = pruneAnswers({ ...complete, [id]: answer });
        const newPath = applicableQuestions(changed);
        // nothing off the new path survives
        for (const key of Object.keys(changed)) expect(newPath).toContain(key);
        // everything before the changed question is untouched, and the change itself is kept
        const index = questionIds.indexOf(id);
        for (const earlier of questionIds.slice(0, index)) expect(changed[earlier]).toEqual(complete[earlier]);
        expect(changed[id]).toEqual(answer);
        // an answer that still applies is never dropped
        for (const key of newPath) if (complete[key] !== undefined && key !== id) expect(changed[key]).toEqual(complete[key]);
        // pruning is idempotent
        expect(pruneAnswers(changed)).toEqual(changed);
      }),
      { numRuns: runs(500) },
    );
  });

  it('evaluate rejects an incomplete input with the missing question named', () => {
    fc.assert(
      fc.property(fullAnswers, (input) => {
        const complete = pruneAnswers(input);
        const path = applicableQuestions(complete);
        const dropped = path[path.length - 1];
        if (dropped === undefined) return;
        const { [dropped]: _removed, ...incomplete } = complete;
        expect(() => evaluate(incomplete)).toThrow(dropped);
      }),
      { numRuns: runs(100) },
    );
  });

  it('every result is valid, fully cited and the same on every call', () => {
    fc.assert(
      fc.property(fullAnswers, (input) => {
        const complete = pruneAnswers(input);
        const result = evaluate(complete);
        expect(() => assessmentSchema.parse(result)).not.toThrow();
        expect(evaluate(complete)).toEqual(result);
        for (const entry of [...result.bases, ...result.checklist, ...result.warnings, ...result.remedies]) {
          expect(entry.citations.length).toBeGreaterThan(0);
          for (const id of entry.citations) expect(citations).toHaveProperty(id);
        }
      }),
      { numRuns: runs(150) },
    );
  });
});

describe('answers saved under rule set 1 (model.md, "Rule set 2": migration)', () => {
  const foreignAnswers = ['no', 'adequate_country', 'conforming_system', 'other_country'];

  it('keep every answer that still exists and drop foreignRecipient: yes, which cannot be mapped without guessing', () => {
    fc.assert(
      fc.property(ruleSet1Answers, (old) => {
        const frozen = structuredClone(old);
        const { answers, dropped } = migrateAnswers(old);
        expect(old).toEqual(frozen);
        if (old.foreignRecipient === 'yes') {
          expect(dropped).toEqual([{ question: 'foreignRecipient', answer: 'yes', allowed: foreignAnswers }]);
          const { foreignRecipient: _dropped, ...rest } = old;
          expect(answers).toEqual(rest);
        } else {
          expect(dropped).toEqual([]);
          expect(answers).toEqual(old);
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it('the dropped answer is asked again, and the command line reports it as removed with the new answers', () => {
    const old = { ...pruneAnswers({ dataOrigin: 'clinical_care', dataSubjects: 'includes_living' }), foreignRecipient: 'yes' };
    const problems = describeInputProblems(old);
    expect(problems[0]).toEqual({ kind: 'removed', path: 'foreignRecipient', answer: 'yes', allowed: foreignAnswers });
    expect(problems.filter((p) => p.path === 'foreignRecipient')).toHaveLength(1);
    const { answers } = migrateAnswers({ ...fullyAnswered, foreignRecipient: 'yes' });
    expect(nextQuestion(answers as Record<string, never>)).toBe('foreignRecipient');
  });

  it('leaves anything that is not an answer object to the caller\'s validation', () => {
    for (const raw of [null, 'text', 3, ['foreignRecipient', 'yes'], undefined]) expect(migrateAnswers(raw)).toEqual({ answers: raw, dropped: [] });
    // A value that is not the removed string stays, for the schema to reject.
    expect(migrateAnswers({ foreignRecipient: ['yes'] })).toEqual({ answers: { foreignRecipient: ['yes'] }, dropped: [] });
    expect(migrateAnswers({ ethicsReview: 'yes' })).toEqual({ answers: { ethicsReview: 'yes' }, dropped: [] });
  });
});
