import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicableQuestions, nextQuestion, previousQuestion, pruneAnswers, questionIds, questions } from '../../src/rules';
import type { AssessmentInput } from '../../src/rules';
import { fullAnswers, partialAnswers } from './arbitraries';
import { centralCase } from './fixtures';

const onlyBefore = (input: AssessmentInput, index: number): AssessmentInput =>
  Object.fromEntries(questionIds.slice(0, index).flatMap((id) => (input[id] === undefined ? [] : [[id, input[id]]])));

describe('question flow', () => {
  it('asks the questions of model.md, each exactly once', () => {
    expect([...questionIds].sort()).toEqual(
      [
        'dataOrigin', 'dataSubjects', 'productKind', 'providerType', 'providerSector', 'recipientType', 'purpose', 'jointResearch', 'stage', 'dataState',
        'dataTypes', 'consent', 'publicHealthNeed', 'recipientOwnUse', 'keyHolder', 'foreignRecipient',
        'foreignStorage', 'provisionStatus', 'laterNeeds', 'ethicsReview',
      ].sort(),
    );
  });

  it('lets a remedy assume each answer of a single-choice question once, the declared least claim first, and no multi-select set', () => {
    for (const question of questions) {
      if (question.kind === 'multi') {
        expect(question.assumptionOrder, question.id).toEqual([]);
        continue;
      }
      expect([...question.assumptionOrder].sort(), question.id).toEqual([...question.options].sort());
      expect(question.assumptionOrder[0], question.id).toBe(question.assumeFirst ?? question.options[0]);
    }
    const declared = Object.fromEntries(questions.flatMap((q) => (q.assumeFirst === undefined ? [] : [[q.id, q.assumeFirst]])));
    expect(declared).toEqual({ providerSector: 'private', jointResearch: 'no' });
  });

  it('decides whether a question applies from earlier answers only', () => {
    fc.assert(
      fc.property(partialAnswers, (input) => {
        questions.forEach((q, index) => {
          expect(q.appliesWhen(input)).toBe(q.appliesWhen(onlyBefore(input, index)));
        });
      }),
    );
  });

  it('starts with the data origin and walks to a complete input', () => {
    expect(nextQuestion({})).toBe('dataOrigin');
    expect(nextQuestion(centralCase)).toBeNull();
    expect(nextQuestion({ ...centralCase, stage: undefined })).toBe('stage');
  });

  it('skips the provision questions for internal use and the consent questions for processed data', () => {
    const internal = applicableQuestions({ ...centralCase, recipientType: 'same_institution' });
    for (const id of ['jointResearch', 'recipientOwnUse', 'keyHolder', 'foreignRecipient', 'provisionStatus'] as const) {
      expect(internal).not.toContain(id);
    }
    const processed = applicableQuestions({ ...centralCase, dataState: 'pseudonymized' });
    expect(processed).not.toContain('consent');
    expect(processed).not.toContain('publicHealthNeed');
    expect(applicableQuestions({ ...centralCase, dataState: 'anonymized' })).not.toContain('keyHolder');
    expect(applicableQuestions({ ...centralCase, consent: 'obtained' })).not.toContain('publicHealthNeed');
  });

  it('asks about joint research only where an academic provider could rely on it', () => {
    expect(applicableQuestions({ ...centralCase, providerType: 'non_academic_medical' })).not.toContain('jointResearch');
    expect(applicableQuestions({ ...centralCase, providerType: 'academic_non_medical' })).toContain('jointResearch');
  });

  it('gives the previous question on the resolved path for a Back link', () => {
    expect(previousQuestion(centralCase, 'dataOrigin')).toBeNull();
    const internal = { ...centralCase, recipientType: 'same_institution' as const };
    // jointResearch is off this path, so Back from stage goes to purpose.
    expect(previousQuestion(internal, 'stage')).toBe('purpose');
    expect(previousQuestion(centralCase, 'stage')).toBe('jointResearch');
  });

  it('a complete input is exactly its path', () => {
    fc.assert(
      fc.property(fullAnswers, (input) => {
        const complete = pruneAnswers(input);
        expect(nextQuestion(complete)).toBeNull();
        expect(Object.keys(complete)).toEqual(applicableQuestions(complete));
      }),
    );
  });
});
