import { z } from 'zod/mini';

import { loadVersioned } from '../../lib/versioned-storage';
import type { LoadResult } from '../../lib/versioned-storage';

export const PROFILE_STORAGE_KEY = 'mdn.profile';
export const PROFILE_SCHEMA_VERSION = 1;

/** Limits per field: room for any real name or contact line, small enough that a hostile file cannot fill storage. */
export const PROFILE_LIMITS = { name: 200, contactOffice: 200, contactDetails: 500, note: 1_000 } as const;

const optionalText = (max: number) => z._default(z.string().check(z.trim(), z.maxLength(max)), '');

/**
 * The institution using the tool: its name (put into the drafts' blanks), the office to contact about data use and a
 * short local note. The same schema reads the user's own saved profile, the institution's `profile.json` preset and
 * the copy inside an exchange file. Only the name is required; an absent field reads as empty text, so consumers
 * test `!== ''` and never meet `undefined`.
 */
export const institutionProfileSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(PROFILE_LIMITS.name)),
  /** Which office: the personal-information office, the ethics office, … */
  contactOffice: optionalText(PROFILE_LIMITS.contactOffice),
  /** How to reach it, as plain text: an extension, an e-mail address. Never turned into a link. */
  contactDetails: optionalText(PROFILE_LIMITS.contactDetails),
  note: optionalText(PROFILE_LIMITS.note),
});
export type InstitutionProfile = z.infer<typeof institutionProfileSchema>;
export type ProfileField = keyof InstitutionProfile;
export const PROFILE_FIELDS = Object.keys(institutionProfileSchema.shape) as ProfileField[];

export const persistedProfileSchema = z.strictObject({
  schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
  profile: z.nullable(institutionProfileSchema),
});
export type PersistedProfile = z.infer<typeof persistedProfileSchema>;

export const emptyPersistedProfile = (): PersistedProfile => ({ schemaVersion: PROFILE_SCHEMA_VERSION, profile: null });

/** Parses stored text; a failure carries the raw text back, so the page can offer it for download. */
export function loadProfile(raw: string | null): LoadResult<PersistedProfile> {
  return loadVersioned(raw, PROFILE_SCHEMA_VERSION, persistedProfileSchema, emptyPersistedProfile);
}

/** What the institution's `profile.json` preset gave. */
export type PresetResult =
  /** No preset: the file is not there (404), the network is down, or the host answered with a page, not JSON. */
  | { readonly kind: 'absent' }
  | { readonly kind: 'loaded'; readonly profile: InstitutionProfile }
  | { readonly kind: 'invalid'; readonly problem: 'not_json' | 'schema'; readonly issues: readonly string[] };

/** Parses the preset's text like any outside input. Never throws. */
export function parsePresetProfile(text: string): PresetResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'invalid', problem: 'not_json', issues: [] };
  }
  // The build ships `null` here, so a site without a preset answers 200 instead of logging a 404 in every console.
  if (json === null) return { kind: 'absent' };
  const parsed = institutionProfileSchema.safeParse(json);
  if (parsed.success) return { kind: 'loaded', profile: parsed.data };
  return {
    kind: 'invalid',
    problem: 'schema',
    issues: parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  };
}
