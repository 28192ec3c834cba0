import { describe, expect, it } from 'vitest';
import { IncompleteInputError, ruleSetFor, ruleSets } from '../../src/rules';
import type { RuleSet } from '../../src/rules';
import { toSituation } from '../../src/rules/situation';
import { centralCase } from './fixtures';

// The questions on every path: a situation cannot be built without them, whatever else is answered.
const alwaysAsked = [
  'dataOrigin',
  'dataSubjects',
  'productKind',
  'providerType',
  'recipientType',
  'purpose',
  'stage',
  'dataState',
  'dataTypes',
  'foreignStorage',
  'laterNeeds',
  'ethicsReview',
] as const;

describe('building a situation from answers', () => {
  it.each(alwaysAsked)('refuses answers without %s, naming it', (question) => {
    const { [question]: _left, ...rest } = centralCase;
    expect(() => toSituation(rest)).toThrow(IncompleteInputError);
    expect(() => toSituation(rest)).toThrow(`Incomplete input: no answer for ${question}`);
    try {
      toSituation(rest);
    } catch (error) {
      expect((error as IncompleteInputError).missing).toEqual([question]);
    }
  });

  it('reads yes/no answers as booleans and keeps a question off the path undefined', () => {
    expect(toSituation(centralCase)).toMatchObject({ jointResearch: false, foreignStorage: false, providerSector: 'private' });
    expect(toSituation({ ...centralCase, jointResearch: 'yes', foreignStorage: 'yes' })).toMatchObject({ jointResearch: true, foreignStorage: true });
    const { jointResearch: _jr, ...withoutJointResearch } = centralCase;
    expect(toSituation(withoutJointResearch).jointResearch).toBeUndefined();
  });
});

describe('which rule set applies on a date', () => {
  const first: RuleSet = { version: 'a', effectiveFrom: '2022-04-01', effectiveUntil: '2028-07-16', guideline: 'g', law: 'l' };
  const second: RuleSet = { version: 'b', effectiveFrom: '2028-07-16', effectiveUntil: null, guideline: 'g', law: 'l' };

  it('hands over from one rule set to its successor on the successor’s first day', () => {
    expect(ruleSetFor('2022-03-31', [first, second])).toBeNull();
    expect(ruleSetFor('2022-04-01', [first, second])).toBe(first);
    expect(ruleSetFor('2028-07-15', [first, second])).toBe(first);
    expect(ruleSetFor('2028-07-16', [first, second])).toBe(second);
    expect(ruleSetFor('2030-01-01', [first, second])).toBe(second);
  });

  it('has one rule set today, in force from 2022-04-01 with no end', () => {
    expect(ruleSets.map((set) => [set.version, set.effectiveFrom, set.effectiveUntil])).toEqual([['2024.09-appi2022.2', '2022-04-01', null]]);
  });
});
