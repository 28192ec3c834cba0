import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decisionModelPath, renderDecisionModel } from '../../scripts/generate-docs';

describe('docs/decision-model.md', () => {
  it('matches what the rules generate now', () => {
    // A checkout with CRLF line endings is not stale.
    const committed = readFileSync(decisionModelPath, 'utf8').replace(/\r\n/g, '\n');
    expect(committed, 'docs/decision-model.md is stale: run npm run docs').toBe(renderDecisionModel());
  });
});
