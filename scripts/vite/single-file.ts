import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `vite build --mode single` (npm run build:single): the whole app as one HTML file for terminals on closed
 * networks, opened from disk (file://). Chromium refuses module scripts and fetch from file:// pages, so the build
 * has one chunk (every lazy page, locale file and the Word library inlined, see vite.config.ts) and this plugin
 * puts that chunk, the stylesheet, the public scripts and the icon into the page itself. The page's CSP then lists
 * the sha256 hash of each inline script and style instead of 'self': nothing else may run, nothing may be fetched.
 *
 * Our own code rather than vite-plugin-singlefile: that plugin inlines the same way but knows nothing of CSP, so the
 * hashes would need a pass of their own over its output anyway; inlining is the small part (one function below) and
 * hashing what was actually written, in the same step, is what keeps the policy right.
 */

/** The policy of the single file: only the hashed inline code and styles, images from data: URLs, no requests. */
export function singleFilePolicy(scriptHashes: readonly string[], styleHashes: readonly string[]): string {
  const sources = (hashes: readonly string[]) => (hashes.length === 0 ? "'none'" : hashes.map((hash) => `'${hash}'`).join(' '));
  return [
    "default-src 'none'",
    `script-src ${sources(scriptHashes)}`,
    `style-src ${sources(styleHashes)}`,
    'img-src data:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export const sha256 = (text: string): string => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/**
 * Inline script text must not end its element early nor open an HTML comment (inside one, the parser lets
 * `<script` nest). Both can only stand in a string, template or regular expression of a bundle (the XML writer of
 * the Word library holds `<!--`), where `<\/script` and `\x3C!--` mean the same text; a minifier never leaves
 * `<!--` as an operator sequence.
 */
export function scriptText(code: string): string {
  return code.replace(/<\/(script)/giu, '<\\/$1').replaceAll('<!--', '\\x3C!--');
}

function styleText(css: string): string {
  if (/<\/style/iu.test(css)) throw new Error('single file: a stylesheet contains "</style"');
  return css;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`, 'iu').exec(tag);
  return match === null ? undefined : (match[1] ?? match[2]);
}

const ICON_TYPES: Readonly<Record<string, string>> = { svg: 'image/svg+xml', png: 'image/png', ico: 'image/x-icon' };

/**
 * The page with every local script, stylesheet and icon it references put inline, and its CSP meta tag replaced by
 * one that allows exactly its inline scripts (those it had and those put inline) and styles. `read` returns a
 * referenced file's content (by the reference as written, e.g. "./assets/index-abc.js") or undefined; an unresolved
 * reference fails the build, since the file would try to load it from disk.
 */
export function inlineIntoHtml(html: string, read: (reference: string) => Buffer | undefined): string {
  const scriptHashes: string[] = [];
  const styleHashes: string[] = [];
  const content = (reference: string): Buffer => {
    const found = read(reference);
    if (found === undefined) throw new Error(`single file: cannot inline ${reference}`);
    return found;
  };

  // Links first: once the code is inline, its text may hold what looks like a tag.
  let page = html.replace(/<link\b[^>]*>/giu, (tag) => {
    const rel = attribute(tag, 'rel');
    const href = attribute(tag, 'href');
    if (href === undefined) return tag;
    if (rel === 'stylesheet') {
      const css = styleText(content(href).toString('utf8'));
      styleHashes.push(sha256(css));
      return `<style>${css}</style>`;
    }
    if (rel === 'modulepreload') return '';
    if (rel === 'icon') {
      const type = ICON_TYPES[href.split('.').at(-1) ?? ''];
      if (type === undefined) throw new Error(`single file: unknown icon type ${href}`);
      return `<link rel="icon" type="${type}" href="data:${type};base64,${content(href).toString('base64')}" />`;
    }
    throw new Error(`single file: cannot inline <link rel="${rel ?? ''}">`);
  });

  page = page.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu, (_tag, attributes: string, inline: string) => {
    const src = attribute(` ${attributes}`, 'src');
    const code = src === undefined ? inline : scriptText(content(src).toString('utf8'));
    scriptHashes.push(sha256(code));
    // A module stays a module (deferred, strict); a classic script runs where it stands, before the module.
    const type = attribute(` ${attributes}`, 'type') === 'module' ? ' type="module"' : '';
    return `<script${type}>${code}</script>`;
  });

  const cspMeta = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*("\s*\/?>)/u;
  if (!cspMeta.test(page)) throw new Error('single file: index.html must carry a Content-Security-Policy meta tag');
  // A function replacement, so a "$" in the policy is never read as a replacement pattern.
  return page.replace(cspMeta, (_match, open: string, close: string) => `${open}${singleFilePolicy(scriptHashes, styleHashes)}${close}`);
}

/**
 * Replaces the build's index.html by `fileName`, with the chunk, the stylesheet and the public files it references
 * inlined, and drops those files from the output (the public folder is not copied either, see vite.config.ts).
 */
export function singleFile(fileName: string): Plugin {
  let publicDir = '';
  return {
    name: 'mdn:single-file',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    // Last of all generateBundle hooks: vite's own rewrites its preload markers in the chunk there, and the chunk
    // must be inlined as finally written.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') throw new Error('single file: the build wrote no index.html');
        const used = new Set<string>();
        const read = (reference: string): Buffer | undefined => {
          const name = reference.replace(/^\.?\//u, '');
          const output = bundle[name];
          if (output !== undefined) {
            used.add(name);
            return Buffer.from(output.type === 'chunk' ? output.code : output.source);
          }
          if (publicDir === '') return undefined;
          try {
            return readFileSync(join(publicDir, name));
          } catch {
            return undefined;
          }
        };
        const source = typeof index.source === 'string' ? index.source : Buffer.from(index.source).toString('utf8');
        const html = inlineIntoHtml(source, read);
        const left = Object.keys(bundle).filter((name) => name !== 'index.html' && !used.has(name));
        // Anything else (a chunk, an image the CSS names) would be looked for on disk and fail.
        if (left.length > 0) throw new Error(`single file: files the page does not inline: ${left.join(', ')}`);
        for (const name of [...used, ...left, 'index.html']) Reflect.deleteProperty(bundle, name);
        this.emitFile({ type: 'asset', fileName, source: html });
      },
    },
  };
}
