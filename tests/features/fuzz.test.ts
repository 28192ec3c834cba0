import { describe, expect, it } from 'vitest';
import { fuzzLoaders } from '../../scripts/lib/fuzz-loaders';

describe('loaders under hostile input', () => {
  it('never throw, explain every failure and never overwrite unreadable storage', { timeout: 60_000 }, () => {
    const figures = fuzzLoaders(1_500);
    // The generators must reach both outcomes, or the property would prove nothing.
    expect(figures.fileOk).toBeGreaterThan(0);
    expect(figures.fileOk).toBeLessThan(figures.runs);
    expect(figures.shareOk).toBeGreaterThan(0);
    expect(figures.shareOk).toBeLessThan(figures.runs);
    expect(figures.storageOk).toBeGreaterThan(0);
    expect(figures.storageOk).toBeLessThan(figures.runs);
  });
});
