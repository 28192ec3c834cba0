import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicableQuestions, evaluate, getQuestion, pruneAnswers, questionIds } from '../../src/rules';
import type { QuestionId } from '../../src/rules';
import { answerArbitrary, fullAnswers } from './arbitraries';

describe('properties of the decision model', () => {
  it('answers to questions off the path never change the result', () => {
    fc.assert(
      fc.property(fullAnswers, fullAnswers, (input, noise) => {
        const complete = pruneAnswers(input);
        const onPath = new Set<QuestionId>(applicableQuestions(complete));
        const offPath = Object.fromEntries(questionIds.filter((id) => !onPath.has(id)).map((id) => [id, noise[id]]));
        expect(evaluate({ ...offPath, ...complete })).toEqual(evaluate(complete));
      }),
      { numRuns: 300 },
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
      { numRuns: 500 },
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
      { numRuns: 100 },
    );
  });
});
