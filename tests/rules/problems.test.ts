import { describe, expect, it } from 'vitest';
import { describeInputProblems } from '../../src/rules';
import { centralCase } from './fixtures';

describe('describeInputProblems', () => {
  it('is empty for a complete input', () => {
    expect(describeInputProblems(centralCase)).toEqual([]);
  });

  it('lists invalid values, unknown fields and every missing question together', () => {
    const { stage: _stage, ethicsReview: _ethics, ...rest } = centralCase;
    const problems = describeInputProblems({ ...rest, providerType: 'hospital', colour: 'blue', dataTypes: ['dicom_images', 'x'] });
    expect(problems.filter((p) => p.kind === 'invalid').map((p) => p.path)).toEqual(['providerType', 'dataTypes.1', 'colour']);
    // An invalid answer is reported once, as invalid, not again as missing.
    expect(problems.filter((p) => p.kind === 'missing').map((p) => p.path)).toEqual(['stage', 'ethicsReview']);
  });

  it('rejects what is not an object', () => {
    expect(describeInputProblems([1, 2])).toEqual([{ kind: 'invalid', path: '(root)', message: 'expected an object of answers' }]);
  });
});
