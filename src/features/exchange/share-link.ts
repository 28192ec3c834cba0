import { z } from 'zod/mini';
import { assessmentInputSchema, rulesVersion } from '../../rules';
import type { AssessmentInput } from '../../rules';
import { canonicalAnswers } from './fingerprint';
import { migrateInput } from './rule-update';
import type { RemovedAnswer } from './rule-update';

/**
 * Share links carry the answers — ids only, never free text such as a project name — in the URL fragment
 * (`#/open?a=…`), which browsers never send to a server.
 */
export const SHARE_VERSION = 1;
/** Longer payloads are refused before decoding; the longest genuine one is far below this. */
export const MAX_SHARE_PAYLOAD = 4_000;

const sharePayload = z.strictObject({
  v: z.literal(SHARE_VERSION),
  r: z.string().check(z.maxLength(100)),
  a: assessmentInputSchema,
});

const toBase64Url = (text: string): string => {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/u, '');
};

const fromBase64Url = (encoded: string): string => {
  const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
};

/** The payload for the `a` parameter of a share link. */
export function encodeShare(answers: AssessmentInput): string {
  return toBase64Url(JSON.stringify({ v: SHARE_VERSION, r: rulesVersion, a: canonicalAnswers(answers) }));
}

export type ShareProblem = 'too_long' | 'malformed' | 'unknown_version' | 'invalid';
export type ShareResult =
  /** `answers` in the current rules' terms; `removed`, answers of an earlier rule set that no longer exist. */
  | { readonly ok: true; readonly answers: AssessmentInput; readonly rulesVersion: string; readonly removed: readonly RemovedAnswer[] }
  | { readonly ok: false; readonly problem: ShareProblem };

/** Decodes a share payload, migrating answers written under an earlier rule set before validating them. Never throws. */
export function decodeShare(encoded: string): ShareResult {
  if (encoded.length > MAX_SHARE_PAYLOAD) return { ok: false, problem: 'too_long' };
  if (!/^[A-Za-z0-9_-]*$/u.test(encoded)) return { ok: false, problem: 'malformed' };
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(encoded));
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (typeof json !== 'object' || json === null || !('v' in json)) return { ok: false, problem: 'malformed' };
  if (json.v !== SHARE_VERSION) return { ok: false, problem: 'unknown_version' };
  const { answers, removed } = migrateInput('a' in json ? json.a : undefined);
  const parsed = sharePayload.safeParse({ ...json, a: answers });
  return parsed.success ? { ok: true, answers: parsed.data.a, rulesVersion: parsed.data.r, removed } : { ok: false, problem: 'invalid' };
}
