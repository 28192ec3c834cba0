import { describe, expect, it } from 'vitest';
import { fuzzBackupLoader } from '../../scripts/lib/fuzz-backup';
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

  it('never throw on a backup file, restore only readable data and never overwrite unreadable storage', { timeout: 60_000 }, async () => {
    const figures = await fuzzBackupLoader(300);
    expect(figures.accepted).toBeGreaterThan(0);
    expect(figures.accepted).toBeLessThan(figures.runs);
  });
});
