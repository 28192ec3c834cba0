import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown } from '../../src/lib/export/markdown';
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
    // An escaped bracket cannot close a link text, so the parenthesis after it is plain text.
    expect(md).not.toMatch(/(?<!\\)\]\(javascript/u);
  });

  it('writes metadata as plain text: no escapes where nothing would change the rendering', () => {
    const md = renderMarkdown({ title: 'Report', meta: ['Project: CT-1 (v2). #3 + more!', 'Fingerprint: 0A1B-2C3D-4E5F'], blocks: [] });
    expect(md).toContain('- Project: CT-1 (v2). #3 + more!\n- Fingerprint: 0A1B-2C3D-4E5F');
    expect(md).not.toContain('\\');
  });

  it('escapes what would start a block at the start of a line, and inline markup anywhere', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('> not a quote\n- not an item\n1. not a list\n===')).toBe(
      '\\> not a quote  \n\\- not an item  \n1\\. not a list  \n\\===',
    );
    expect(escapeMarkdown('a *b* _c_ `d` [e](f) ~~g~~ &amp; h|i \\j')).toBe(
      'a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\~\\~g\\~\\~ \\&amp; h\\|i \\\\j',
    );
    expect(escapeMarkdown('<b>')).toBe('&lt;b>');
    expect(escapeMarkdown('#3 -1 2024.09 ==')).toBe('#3 -1 2024.09 ==');
  });

  it('keeps a line break inside a table cell', () => {
    const md = renderMarkdown({ title: 'T', meta: [], blocks: [{ kind: 'table', header: ['A'], rows: [['one\n- two']] }] });
    expect(md).toContain('| one<br>- two |');
  });

  it('makes safe file names', () => {
    expect(safeFileName('../a/b:c', 'assessment', 'md')).toBe('.._a_b_c.md');
    expect(safeFileName('  ', 'assessment', 'json')).toBe('assessment.json');
  });
});
