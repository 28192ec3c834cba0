import type { Plugin, Rollup } from 'vite';
import { createServer } from 'vite';

import { sha256 } from './single-file';
import { directRoutes } from '../../src/app/direct-routes';
import { startNamespaces } from '../../src/i18n/language';

/**
 * Writes the start page, rendered at build time as a first visit in Japanese sees it (src/app/prerender.tsx), into
 * the built index.html, and names the entry and the Japanese start words for index.html's last script to load after
 * the first paint. A first visit then paints the page as soon as the HTML and stylesheet arrive instead of after the
 * code has run and fetched its words; main.tsx hydrates it. Other visits have it hidden by index.html's first script
 * and replaced.
 */

/** The locale chunks the start page waits for: the start namespaces in the default language. */
const START_LOCALE_FILES = startNamespaces.map((namespace) => `/locales/ja/${namespace}.json`);

/** A chunk's file with the files it imports, and theirs, and the stylesheets they bring. */
function withImports(bundle: Rollup.OutputBundle, fileName: string): Set<string> {
  const files = new Set([fileName]);
  for (const file of files) {
    const chunk = bundle[file];
    if (chunk?.type !== 'chunk') continue;
    for (const imported of chunk.imports) files.add(imported);
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
  }
  return files;
}

/**
 * What index.html's last script asks for on a visit that opens a page straight away, as JSON: each language's
 * locale chunks by namespace, the start namespaces, and for each direct route (src/app/direct-routes.ts) its
 * namespaces and the files of its code that the entry and app chunks do not already bring.
 */
function routeFiles(bundle: Rollup.OutputBundle, known: ReadonlySet<string>): string {
  const needed = new Set<string>([...startNamespaces, ...directRoutes.flatMap((route) => route.namespaces)]);
  const words: Record<string, Record<string, string>> = {};
  for (const output of Object.values(bundle)) {
    const match = output.type === 'chunk' ? /\/locales\/([a-z]+)\/([a-zA-Z-]+)\.json$/u.exec(output.facadeModuleId ?? '') : null;
    if (match === null) continue;
    const [, language = '', namespace = ''] = match;
    if (needed.has(namespace)) (words[language] ??= {})[namespace] = `./${output.fileName}`;
  }
  const routes = directRoutes.map((route) => {
    for (const namespace of route.namespaces)
      if (Object.values(words).some((byNamespace) => byNamespace[namespace] === undefined)) throw new Error(`prerender: no locale chunk for ${namespace}`);
    if (route.module === null) return { prefix: route.prefix, ns: route.namespaces, files: [] };
    const page = Object.values(bundle).find((output) => output.type === 'chunk' && output.moduleIds.some((id) => id.endsWith(route.module)));
    if (page === undefined) throw new Error(`prerender: the chunk of ${route.module} was not found`);
    const files = [...withImports(bundle, page.fileName)].filter((file) => !known.has(file));
    return { prefix: route.prefix, ns: route.namespaces, files: files.map((file) => `./${file}`) };
  });
  return JSON.stringify({ start: startNamespaces, words, routes });
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * The build fails when an inline script in the page is not allowed by the page's CSP: the browser would block it,
 * and the hash in index.html is written by hand.
 */
export function assertInlineScriptsAllowed(html: string): void {
  const policy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/u.exec(html)?.[1] ?? '';
  for (const [, attributes = '', code = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu)) {
    if (/\ssrc=/u.test(attributes)) continue;
    if (!policy.includes(`'${sha256(code)}'`)) throw new Error(`index.html: an inline script's hash ${sha256(code)} is missing from the CSP`);
  }
}

/** Runs src/app/prerender.tsx in a server-side vite, which stays open while the page loads its words on demand. */
async function renderStartPage(root: string): Promise<string> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true },
  });
  try {
    // Typed from the module itself; ssrLoadModule cannot know what it loads.
    const prerender = (await server.ssrLoadModule('/src/app/prerender.tsx')) as Partial<typeof import('../../src/app/prerender')>;
    if (prerender.renderStartPage === undefined) throw new Error('prerender: src/app/prerender.tsx exports no renderStartPage');
    const html: unknown = await prerender.renderStartPage();
    if (typeof html !== 'string' || html === '') throw new Error('prerender: the start page rendered nothing');
    return html;
  } finally {
    await server.close();
  }
}

export function prerenderStart(): Plugin {
  let root = '';
  return {
    name: 'mdn:prerender-start',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle: {
      // After vite has written index.html's script and stylesheet tags.
      order: 'post',
      async handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') throw new Error('prerender: the build wrote no index.html');
        const source = typeof index.source === 'string' ? index.source : Buffer.from(index.source).toString('utf8');
        const emptyRoot = '<div id="root"></div>';
        if (!source.includes(emptyRoot)) throw new Error(`prerender: index.html has no ${emptyRoot}`);

        const html = await renderStartPage(root);

        const localeChunks = Object.values(bundle).filter(
          (output) => output.type === 'chunk' && START_LOCALE_FILES.some((file) => output.facadeModuleId?.endsWith(file) === true),
        );
        if (localeChunks.length !== START_LOCALE_FILES.length) throw new Error('prerender: the start locale chunks were not found');
        // The entry and the start words are named, not preloaded: index.html's last script asks for them after the
        // first paint, so the page's largest text is painted without waiting for them. The Japanese start words only
        // when the prerendered page is shown: another visit may well be in English.
        const entryTag = /<script type="module" crossorigin src="([^"]+)"><\/script>/u;
        const entry = entryTag.exec(source)?.[1];
        if (entry === undefined) throw new Error('prerender: index.html has no module entry script');
        // main.tsx first imports the app's own chunk (src/app/boot.ts): asked for beside the entry, with what it
        // imports, it costs no second round trip.
        const boot = Object.values(bundle).find((output) => output.type === 'chunk' && output.moduleIds.some((id) => id.endsWith('/src/app/boot.ts')));
        if (boot?.type !== 'chunk') throw new Error('prerender: the app chunk (src/app/boot.ts) was not found');
        const entryFile = entry.replace(/^\.\//u, '');
        const bootFiles = [...withImports(bundle, boot.fileName)].filter((file) => file !== entryFile && !file.endsWith('.css'));
        const files = [entry, ...bootFiles.map((file) => `./${file}`)];
        const known = new Set([...withImports(bundle, entryFile), ...bootFiles]);
        const startWords = localeChunks.map((chunk) => `./${chunk.fileName}`);
        const page = source
          .replace(entryTag, () => `<meta name="mdn-app-files" content="${files.join(' ')}" data-start-words="${startWords.join(' ')}" data-routes="${escapeAttribute(routeFiles(bundle, known))}">`)
          .replace(emptyRoot, () => `<div id="root">${html}</div>`);
        assertInlineScriptsAllowed(page);
        index.source = page;
      },
    },
  };
}
