import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { OpenPointId, openPointKeys, openPoints, openPointsConcerning } from '../../src/features/about/open-points';
import { ChecklistId, CitationId, ReasonId, Stage, WarningId, citations, questionIds, stageNameCertainty } from '../../src/rules';

const localesDir = join(dirname(fileURLToPath(import.meta.url)), '../../locales');
const about = (lng: 'ja' | 'en') => JSON.parse(readFileSync(join(localesDir, lng, 'about.json'), 'utf8')) as unknown;

/** Resolves an "about:a.b.c" key in a parsed about.json. */
function resolve(data: unknown, key: string): unknown {
  let node = data;
  for (const part of key.slice('about:'.length).split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

describe('the open-points registry', () => {
  it('holds every id once, in the schema', () => {
    expect(openPoints.map((point) => point.id).sort()).toEqual([...OpenPointId.options].sort());
  });

  it.each(['ja', 'en'] as const)('has a title, what the sources say, what it means and what to do for every point in %s', (lng) => {
    const data = about(lng);
    const missing = openPoints.flatMap((point) =>
      Object.values(openPointKeys(point.id)).filter((key) => {
        const text = resolve(data, key);
        return typeof text !== 'string' || text.trim() === '';
      }),
    );
    expect(missing).toEqual([]);
  });

  it('names only ids that exist in the rules', () => {
    // The types check this at compile time; a registry built from data (a cast, a JSON file) would not be.
    for (const point of openPoints) {
      for (const id of point.citations) expect(CitationId.options, point.id).toContain(id);
      for (const id of point.checklist) expect(ChecklistId.options, point.id).toContain(id);
      for (const id of point.warnings) expect(WarningId.options, point.id).toContain(id);
      for (const id of point.reasons) expect(ReasonId.options, point.id).toContain(id);
      for (const id of point.stages) expect(Stage.options, point.id).toContain(id);
      for (const id of point.questions) expect(questionIds, point.id).toContain(id);
    }
  });

  it('covers every stage whose name is our label', () => {
    const reconstructed = Stage.options.filter((stage) => stageNameCertainty[stage] === 'reconstructed');
    for (const stage of reconstructed) {
      expect(openPointsConcerning({ kind: 'stage', id: stage }).map((point) => point.id)).toContain('stage_names');
    }
    expect(openPointsConcerning({ kind: 'stage', id: 'development' })).toEqual([]);
  });

  it('covers every citation that stands for a point the reference marks UNCONFIRMED', () => {
    const unconfirmed = CitationId.options.filter((id) => citations[id].basis.some((tag) => tag.includes('UNCONFIRMED')));
    expect(unconfirmed.length).toBeGreaterThan(0);
    const uncovered = unconfirmed.filter((id) => openPointsConcerning({ kind: 'citation', id }).length === 0);
    expect(uncovered).toEqual([]);
  });

  it('marks the stage-basis warning with both the stage-name point and the stage-basis point', () => {
    expect(openPointsConcerning({ kind: 'warning', id: 'stage_basis_unconfirmed' }).map((point) => point.id)).toEqual([
      'stage_names',
      'stage_basis',
    ]);
  });
});
