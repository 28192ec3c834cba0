import type { z } from 'zod/mini';

import './zod-messages';

/**
 * Why stored data could not be loaded. The raw text always comes back, so the caller can offer it for download:
 * nothing stored is ever discarded without the person deciding.
 */
export type StorageProblem =
  | { readonly kind: 'unreadable'; readonly raw: string }
  | { readonly kind: 'unknown_version'; readonly raw: string; readonly version: unknown }
  | { readonly kind: 'invalid'; readonly raw: string; readonly issues: readonly string[] };

export type LoadResult<T> = { readonly ok: true; readonly state: T } | { readonly ok: false; readonly problem: StorageProblem };

/**
 * Parses text from storage written by a store with a `schemaVersion`: absent → the empty state; not JSON, another
 * version or failing the schema → a problem that carries the raw text. Never throws.
 */
export function loadVersioned<T>(raw: string | null, version: number, schema: z.ZodMiniType<T>, empty: () => T): LoadResult<T> {
  if (raw === null) return { ok: true, state: empty() };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, problem: { kind: 'unreadable', raw } };
  }
  const found = typeof json === 'object' && json !== null && 'schemaVersion' in json ? json.schemaVersion : undefined;
  if (found !== version) return { ok: false, problem: { kind: 'unknown_version', raw, version: found } };
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problem: { kind: 'invalid', raw, issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) },
    };
  }
  return { ok: true, state: parsed.data };
}
