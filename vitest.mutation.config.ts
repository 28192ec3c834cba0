import { BaseSequencer } from 'vitest/node';
import type { TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The tests the mutation run (`npm run mutation`, stryker.config.mjs) executes against each mutant of src/rules:
 * the rules tests and the docs staleness test (docs/decision-model.md, docs/citations.md). Not part of `npm test`.
 *
 * RULES_ENUMERATION=covering makes tests/rules/exhaustive.test.ts walk its small covering enumeration (about 1,500
 * inputs, every reason, checklist item and warning reached) instead of the full one (about half a million inputs,
 * minutes), which would run once per mutant, and gives the fast-check properties a quarter of their runs.
 * MUTATION_WITHOUT_DOCS=1 leaves the docs test out (for a quick look at the rules tests alone).
 */

/**
 * Stryker stops a mutant's run at the first failing test, so the files that pin the most in the least time go
 * first and the slow docs test last. (Vitest's default order runs the slowest file first.)
 */
const order = [
  'tests/rules/citations-pinned.test.ts',
  'tests/rules/reference-cases.test.ts',
  'tests/rules/key-rules.test.ts',
  'tests/rules/branches.test.ts',
  'tests/rules/rule-set-2.test.ts',
  'tests/rules/scenarios.test.ts',
  'tests/rules/flow.test.ts',
  'tests/rules/problems.test.ts',
  'tests/rules/exhaustive.test.ts',
  'tests/rules/independence.test.ts',
  'tests/rules/properties.test.ts',
  'tests/scripts/docs.test.ts',
];
const rank = (spec: TestSpecification): number => {
  const path = spec.moduleId.replaceAll('\\', '/');
  const index = order.findIndex((file) => path.endsWith(file));
  return index === -1 ? order.length : index;
};

class PinsFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return Promise.resolve([...files].sort((a, b) => rank(a) - rank(b)));
  }
}

export default defineConfig({
  test: {
    name: 'mutation',
    globals: true,
    environment: 'node',
    include: ['tests/rules/**/*.test.ts', ...(process.env.MUTATION_WITHOUT_DOCS === '1' ? [] : ['tests/scripts/docs.test.ts'])],
    // Its seeded sample of 40,000 paths takes longer than all the other rules tests together and would run once for
    // every mutant it covers; the covering exhaustive walk applies the same remedy checks (remedy-checks.ts) instead.
    exclude: ['tests/rules/remedies.test.ts'],
    env: { RULES_ENUMERATION: 'covering' },
    sequence: { sequencer: PinsFirst },
  },
});
