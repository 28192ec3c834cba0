import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';

import { inlineIntoHtml, scriptText } from '../../scripts/vite/single-file';

const page = (head: string) =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'" />${head}</head><body></body></html>`;

const files: Record<string, string> = {
  './assets/app.js': 'document.title = "</script><!-- hi";',
  './setup.js': 'globalThis.ready = true;',
  './assets/app.css': 'body{color:#123}',
  '/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};
const read = (reference: string) => (reference in files ? Buffer.from(files[reference] ?? '') : undefined);

const policyOf = (html: string) => /content="([^"]+)"/u.exec(html)?.[1] ?? '';
const inlineScripts = (html: string) => [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/gu)].map((match) => match[1] ?? '');
const inlineStyles = (html: string) => [...html.matchAll(/<style>([\s\S]*?)<\/style>/gu)].map((match) => match[1] ?? '');
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the single file', () => {
  const html = inlineIntoHtml(
    page(
      '<link rel="icon" type="image/svg+xml" href="/favicon.svg" /><script defer src="./setup.js"></script>' +
        '<script type="module" crossorigin src="./assets/app.js"></script><link rel="modulepreload" href="./assets/x.js">' +
        '<link rel="stylesheet" crossorigin href="./assets/app.css">',
    ),
    read,
  );

  it('puts every script and stylesheet inline and allows exactly those by hash', () => {
    const scripts = inlineScripts(html);
    expect(scripts).toHaveLength(2);
    expect(inlineStyles(html)).toEqual(['body{color:#123}']);
    const policy = policyOf(html);
    for (const text of [...scripts, ...inlineStyles(html)]) expect(policy).toContain(hashOf(text));
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/unsafe-inline|'self'/u);
    expect(html).not.toMatch(/\ssrc=|modulepreload|href="\.?\//u);
  });

  it('keeps a module a module and runs a classic script as one', () => {
    expect(html).toMatch(/<script>globalThis\.ready = true;<\/script><script type="module">/u);
  });

  it('turns the icon into a data URL', () => {
    expect(html).toContain(`href="data:image/svg+xml;base64,${Buffer.from(files['/favicon.svg'] ?? '').toString('base64')}"`);
  });

  it('escapes what would end the script element, keeping the text the code means', () => {
    const code = 'out.push("</script>", `<!--${1}-->`, String(/^<\\/script>$|^<!--$/u.test("<!--")), "</SCRIPT");';
    const escaped = scriptText(code);
    expect(escaped).not.toMatch(/<\/script|<!--/iu);
    const run = (text: string) => {
      const out: string[] = [];
      runInNewContext(text, { out });
      return out;
    };
    expect(run(escaped)).toEqual(run(code));
  });

  it('fails the build on a file it cannot find', () => {
    expect(() => inlineIntoHtml(page('<script type="module" src="./missing.js"></script>'), read)).toThrow(/missing\.js/u);
  });

  it('allows a script the page already had inline by its hash', () => {
    const withInline = inlineIntoHtml(page('<script>window.x = 1;</script>'), read);
    expect(policyOf(withInline)).toContain(hashOf('window.x = 1;'));
  });
});
