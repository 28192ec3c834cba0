import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/rules';
import { scenarios } from './fixtures';

const anyOf = (expected: unknown): unknown[] => (Array.isArray(expected) ? expected : [expected]);

describe('worked scenarios from shared/domain/scenarios.json', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
    const result = evaluate(scenario.input);
    expect(result.inScope).toBe(scenario.expect.inScope);
    expect(anyOf(scenario.expect.recommendedBasis)).toContain(result.recommendedBasis);
    for (const [basis, verdicts] of Object.entries(scenario.expect.verdicts)) {
      const got = result.bases.find((entry) => entry.basis === basis)?.verdict;
      expect(anyOf(verdicts), `${scenario.id} ${basis}`).toContain(got);
    }
    const checklist = result.checklist.map((item) => item.id);
    for (const id of scenario.expect.checklistIncludes) expect(checklist, `${scenario.id} checklist`).toContain(id);
    const warnings = result.warnings.map((warning) => warning.id);
    for (const id of scenario.expect.warningsInclude) expect(warnings, `${scenario.id} warnings`).toContain(id);
  });

  // The project's copy must stay in step with the shared reference whenever that folder is beside the checkout.
  const shared = fileURLToPath(new URL('../../../shared/domain/scenarios.json', import.meta.url));
  it.runIf(existsSync(shared))('the fixture copy matches ../shared/domain/scenarios.json', () => {
    const local = readFileSync(fileURLToPath(new URL('../fixtures/scenarios.json', import.meta.url)), 'utf8');
    expect(JSON.parse(local)).toEqual(JSON.parse(readFileSync(shared, 'utf8')));
  });
});
