import { describe, expect, it } from 'vitest';

import { fuzzProjectLoader } from '../../scripts/lib/fuzz-project';

describe('project file loader under hostile input', () => {
  it('never throws, names the bad flow and accepts only whole valid projects', { timeout: 60_000 }, () => {
    const figures = fuzzProjectLoader(1_000);
    // The generators must reach both outcomes, or the property would prove nothing.
    expect(figures.accepted).toBeGreaterThan(0);
    expect(figures.accepted).toBeLessThan(figures.runs);
  });
});
