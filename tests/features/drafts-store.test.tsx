import { describe, expect, it } from 'vitest';

import type { DocModel } from '../../src/lib/export/doc-model';
import { DRAFTS_STORAGE_KEY, loadDrafts } from '../../src/features/drafts/schema';
import { createDraftsStore, type GeneratedDraft } from '../../src/features/drafts/store';
import { memoryStorage } from '../app/harness';

const doc: DocModel = {
  title: '案',
  meta: ['m'],
  blocks: [
    { kind: 'heading', level: 1, text: '見出し' },
    { kind: 'paragraph', text: '本文' },
  ],
};
const generated: GeneratedDraft = { language: 'ja', basedOn: 'ABCD-EF01-2345', doc };
const at = { kind: 'paragraph', block: 1 } as const;
const store = (storage = memoryStorage().storage) =>
  createDraftsStore({ storage, now: () => '2026-03-01T09:00:00.000Z' });

describe('loading saved drafts', () => {
  it('accepts nothing saved, and a valid file', () => {
    expect(loadDrafts(null)).toEqual({ ok: true, state: { schemaVersion: 1, drafts: {} } });
    const saved = { schemaVersion: 1, drafts: { a1: { processing_plan: { ...generated, updatedAt: '2026-03-01T09:00:00.000Z' } } } };
    expect(loadDrafts(JSON.stringify(saved))).toEqual({ ok: true, state: saved });
  });

  it.each([
    ['unreadable', '{"schemaVersion":1,'],
    ['unknown_version', '{"schemaVersion":2,"drafts":{}}'],
    ['unknown_version', '[]'],
    ['invalid', '{"schemaVersion":1,"drafts":{"a":{"other_draft":{}}}}'],
    ['invalid', '{"schemaVersion":1,"drafts":{},"extra":true}'],
    [
      'invalid',
      JSON.stringify({
        schemaVersion: 1,
        drafts: { a: { joint_use_publication: { ...generated, updatedAt: 'yesterday' } } },
      }),
    ],
    [
      'invalid',
      JSON.stringify({
        schemaVersion: 1,
        drafts: { a: { joint_use_publication: { ...generated, updatedAt: '2026-03-01T09:00:00.000Z', doc: { ...doc, blocks: [{ kind: 'script', text: 'x' }] } } } },
      }),
    ],
    [
      'invalid',
      JSON.stringify({
        schemaVersion: 1,
        drafts: { a: { joint_use_publication: { ...generated, updatedAt: '2026-03-01T09:00:00.000Z', doc: { ...doc, title: 'x'.repeat(20_001) } } } },
      }),
    ],
  ])('reports %s and keeps the raw text', (kind, raw) => {
    const loaded = loadDrafts(raw);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.problem.kind).toBe(kind);
      expect(loaded.problem.raw).toBe(raw);
    }
  });
});

describe('the drafts store', () => {
  it('stores a draft on its first edit, from the generated document, and drops it when discarded', () => {
    const { storage, data } = memoryStorage();
    const drafts = store(storage);
    drafts.getState().draftEdited('a1', 'processing_plan', generated, at, '書き換え');
    const saved = JSON.parse(data.get(DRAFTS_STORAGE_KEY) ?? '') as unknown;
    expect(saved).toEqual({
      schemaVersion: 1,
      drafts: {
        a1: {
          processing_plan: {
            language: 'ja',
            basedOn: 'ABCD-EF01-2345',
            updatedAt: '2026-03-01T09:00:00.000Z',
            doc: { ...doc, blocks: [doc.blocks[0], { kind: 'paragraph', text: '書き換え' }] },
          },
        },
      },
    });

    // A second edit builds on the stored draft, not on a newly generated one.
    drafts.getState().draftEdited('a1', 'processing_plan', { ...generated, language: 'en', doc: { ...doc, title: 'other' } }, at, '再編集');
    const reloaded = store(storage).getState().drafts.a1?.processing_plan;
    expect(reloaded?.language).toBe('ja');
    expect(reloaded?.doc.title).toBe('案');
    expect(reloaded?.doc.blocks[1]).toEqual({ kind: 'paragraph', text: '再編集' });

    drafts.getState().draftDiscarded('a1', 'processing_plan');
    expect(JSON.parse(data.get(DRAFTS_STORAGE_KEY) ?? '')).toEqual({ schemaVersion: 1, drafts: {} });
  });

  it('writes nothing while saved data could not be loaded, and saves again once it is dismissed', () => {
    const raw = '{"schemaVersion":1,"drafts":';
    const { storage, data } = memoryStorage({ [DRAFTS_STORAGE_KEY]: raw });
    const drafts = store(storage);
    expect(drafts.getState().storageProblem).toEqual({ kind: 'unreadable', raw });
    drafts.getState().draftEdited('a1', 'deletion_info_rules', generated, at, 'x');
    expect(drafts.getState().drafts.a1?.deletion_info_rules?.doc.blocks[1]).toEqual({ kind: 'paragraph', text: 'x' });
    expect(data.get(DRAFTS_STORAGE_KEY)).toBe(raw);
    drafts.getState().storageProblemDismissed();
    expect(JSON.parse(data.get(DRAFTS_STORAGE_KEY) ?? '')).toMatchObject({ drafts: { a1: { deletion_info_rules: { language: 'ja' } } } });
  });

  it('says when the browser will not save', () => {
    const drafts = store(memoryStorage({}, { available: false }).storage);
    expect(drafts.getState().savingEnabled).toBe(false);
    drafts.getState().draftEdited('a1', 'joint_use_publication', generated, at, 'x');
    expect(drafts.getState().savingEnabled).toBe(false);
    expect(drafts.getState().drafts.a1?.joint_use_publication).toBeDefined();
  });
});
