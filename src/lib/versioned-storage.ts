import type { z } from 'zod/mini';

import './zod-messages';

/**
 * Why stored data could not be loaded. The raw text always comes back, so the caller can offer it for download:
 * nothing stored is ever discarded without the person deciding.
 */
export type StorageProblem =
  | { readonly kind: 'unreadable'; readonly raw: string }
  | { readonly kind: 'unknown_version'; readonly raw: string; readonly version: unknown }
  | {
      readonly kind: 'invalid';
      readonly raw: string;
      readonly issues: readonly string[];
      /**
       * The same issues with their paths as parts, for a caller that names the item at fault (the backup names the
       * store and the item); a record key may hold any character, so the joined text cannot be split back.
       */
      readonly located?: readonly IssueAt[];
    };

export interface IssueAt {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export type LoadResult<T> = { readonly ok: true; readonly state: T } | { readonly ok: false; readonly problem: StorageProblem };

/**
 * Migrations of stored JSON, by the version they read: each takes what that version wrote (still unvalidated) and
 * returns what the next version writes. They never throw; what they cannot make sense of they pass on unchanged, for
 * the schema to refuse.
 */
export type StorageMigrations = Readonly<Record<number, (json: Record<string, unknown>) => Record<string, unknown>>>;

const schemaVersionOf = (json: unknown): unknown =>
  typeof json === 'object' && json !== null && 'schemaVersion' in json ? json.schemaVersion : undefined;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses text from storage written by a store with a `schemaVersion`: absent → the empty state; an earlier version
 * with a migration → migrated step by step, then validated; not JSON, another version or failing the schema → a
 * problem that carries the raw text as it was stored. Never throws, never writes: the store writes the migrated
 * state only with its next change, so a failure leaves the stored text untouched.
 */
export function loadVersioned<T>(
  raw: string | null,
  version: number,
  schema: z.ZodMiniType<T>,
  empty: () => T,
  migrations: StorageMigrations = {},
): LoadResult<T> {
  if (raw === null) return { ok: true, state: empty() };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, problem: { kind: 'unreadable', raw } };
  }
  const stored = schemaVersionOf(json);
  let found = stored;
  // Each step raises the version by one, so the loop ends.
  while (typeof found === 'number' && found < version && isRecord(json)) {
    const migrate = migrations[found];
    if (migrate === undefined) break;
    found += 1;
    json = { ...migrate(json), schemaVersion: found };
  }
  if (found !== version) return { ok: false, problem: { kind: 'unknown_version', raw, version: stored } };
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problem: {
        kind: 'invalid',
        raw,
        issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
        located: parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message })),
      },
    };
  }
  return { ok: true, state: parsed.data };
}
