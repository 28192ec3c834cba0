import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/export/markdown';
import { safeFileName } from '../../src/lib/export/download';

describe('markdown export', () => {
  it('renders headings, tables and checklists', () => {
    const md = renderMarkdown({
      title: 'Report',
      meta: ['rules 1'],
      blocks: [
        { kind: 'heading', level: 1, text: 'Result' },
        { kind: 'table', header: ['Basis', 'Verdict'], rows: [['consent', 'acceptable']] },
        { kind: 'checklist', items: [{ text: 'Ethics review', done: true }, { text: 'Publish', done: false }] },
      ],
    });
    expect(md).toContain('## Result');
    expect(md).toContain('| Basis | Verdict |');
    expect(md).toContain('- [x] Ethics review');
    expect(md).toContain('- [ ] Publish');
  });

  it('keeps markup typed by users as text', () => {
    const md = renderMarkdown({ title: '<script>alert(1)</script>', meta: [], blocks: [{ kind: 'paragraph', text: '[x](javascript:alert(1)) <img src=x onerror=alert(1)>' }] });
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/\]\(javascript/u);
  });

  it('makes safe file names', () => {
    expect(safeFileName('../a/b:c', 'assessment', 'md')).toBe('.._a_b_c.md');
    expect(safeFileName('  ', 'assessment', 'json')).toBe('assessment.json');
  });
});
