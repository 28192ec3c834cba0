import { z } from 'zod/mini';

import '../../lib/zod-messages';
import { FILE_FORMAT } from '../exchange/format';
import { BackupStoreId } from './store-registry';
import type { BackupItem, BackupStore, ParsedSection, SectionProblem } from './store-registry';
import { backupStores } from './stores';

/**
 * The backup file: everything the app keeps in this browser, each store's data exactly as that store saves it
 * (with its own `schemaVersion`), so each is read back through the store's own loader and migrated like stored data.
 * `format` versions the envelope only; a store's data carries its own version.
 */
export const BACKUP_KIND = 'medai-data-navigator/backup';
export const BACKUP_FORMAT = 1;

/**
 * The browser's storage holds about 5 million characters for this site (Chromium, Firefox); in UTF-8 a Japanese
 * character takes 3 bytes, so a full storage's backup stays under 16 MB. Larger files are refused before reading.
 */
export const MAX_BACKUP_BYTES = 16 * 1024 * 1024;

const backupEnvelope = z.strictObject({
  kind: z.literal(BACKUP_KIND),
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.iso.datetime(),
  /** The rules the app applied when it wrote the backup: a reader can tell when the rules have moved on since. */
  rulesVersion: z.string().check(z.maxLength(100)),
  // Each store's data is checked by that store's own loader below; here only that it is there by a known name.
  stores: z.record(z.string().check(z.maxLength(100)), z.unknown()),
});

export interface BackupFile {
  readonly kind: typeof BACKUP_KIND;
  readonly format: typeof BACKUP_FORMAT;
  readonly createdAt: string;
  readonly rulesVersion: string;
  readonly stores: Readonly<Partial<Record<BackupStoreId, unknown>>>;
}

/** A store whose data in this browser cannot be read: it is left out of the backup, and the page says so. */
export interface BuiltBackup {
  readonly file: BackupFile;
  readonly counts: Readonly<Partial<Record<BackupStoreId, number>>>;
  readonly leftOut: readonly BackupStoreId[];
}

/** This browser's data as a backup. Reads the storage through each store's loader, so the backup holds only valid data. */
export function buildBackup(read: (key: string) => string | null, createdAt: string, rulesVersion: string, stores: readonly BackupStore[] = backupStores): BuiltBackup {
  const sections: Partial<Record<BackupStoreId, unknown>> = {};
  const counts: Partial<Record<BackupStoreId, number>> = {};
  const leftOut: BackupStoreId[] = [];
  for (const store of stores) {
    const data = store.readForBackup(read(store.storageKey));
    if (data === null) {
      leftOut.push(store.id);
      continue;
    }
    sections[store.id] = data.section;
    counts[store.id] = data.items.length;
  }
  return { file: { kind: BACKUP_KIND, format: BACKUP_FORMAT, createdAt, rulesVersion, stores: sections }, counts, leftOut };
}

export const serializeBackup = (file: BackupFile): string => `${JSON.stringify(file, null, 2)}\n`;

/** `medai-backup-2026-12-05.json`: the date tells backups apart in a downloads folder. */
export const backupFileName = (createdAt: string): string => `medai-backup-${createdAt.slice(0, 10)}.json`;

export type BackupProblem =
  | { readonly kind: 'too_large'; readonly bytes: number }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'not_json' }
  /** An assessment exchange file: the import page reads it. */
  | { readonly kind: 'assessment_file' }
  | { readonly kind: 'not_backup' }
  | { readonly kind: 'newer_format'; readonly format: number }
  | { readonly kind: 'unknown_format' }
  | { readonly kind: 'invalid_envelope'; readonly issues: readonly string[] }
  /** Stores this version does not know (a newer version's backup): refused, since they could not be restored. */
  | { readonly kind: 'unknown_stores'; readonly stores: readonly string[] }
  | { readonly kind: 'invalid_stores'; readonly stores: readonly { readonly store: BackupStoreId; readonly problem: SectionProblem }[] };

export interface ParsedBackup {
  readonly createdAt: string;
  readonly rulesVersion: string;
  readonly sections: readonly ParsedSection[];
}

export type ParseBackupResult = { readonly ok: true; readonly backup: ParsedBackup } | { readonly ok: false; readonly problem: BackupProblem };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Text of a backup file → every store's data validated (and migrated) by that store's own loader, or the problem.
 * All or nothing: one bad store or item refuses the whole file, naming each store and item at fault.
 */
export function parseBackup(text: string, stores: readonly BackupStore[] = backupStores): ParseBackupResult {
  // Characters, not bytes: a cheap bound for text that did not come through the file picker's size check.
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, problem: { kind: 'too_large', bytes: text.length } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not_json' } };
  }
  if (!isRecord(json)) return { ok: false, problem: { kind: 'not_backup' } };
  if (json.format === FILE_FORMAT) return { ok: false, problem: { kind: 'assessment_file' } };
  if (json.kind !== BACKUP_KIND) return { ok: false, problem: { kind: 'not_backup' } };
  if (json.format !== BACKUP_FORMAT) {
    return typeof json.format === 'number' && Number.isInteger(json.format) && json.format > BACKUP_FORMAT
      ? { ok: false, problem: { kind: 'newer_format', format: json.format } }
      : { ok: false, problem: { kind: 'unknown_format' } };
  }
  const envelope = backupEnvelope.safeParse(json);
  if (!envelope.success) {
    return {
      ok: false,
      problem: { kind: 'invalid_envelope', issues: envelope.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`) },
    };
  }
  const known = new Set<string>(stores.map((store) => store.id));
  const unknown = Object.keys(envelope.data.stores).filter((id) => !known.has(id));
  if (unknown.length > 0) return { ok: false, problem: { kind: 'unknown_stores', stores: unknown.map((id) => id.slice(0, 100)) } };

  const sections: ParsedSection[] = [];
  const bad: { store: BackupStoreId; problem: SectionProblem }[] = [];
  for (const store of stores) {
    if (!Object.hasOwn(envelope.data.stores, store.id)) continue;
    const result = store.parseSection(envelope.data.stores[store.id]);
    if (result.ok) sections.push(result.parsed);
    else bad.push({ store: store.id, problem: result.problem });
  }
  if (bad.length > 0) return { ok: false, problem: { kind: 'invalid_stores', stores: bad } };
  return { ok: true, backup: { createdAt: envelope.data.createdAt, rulesVersion: envelope.data.rulesVersion, sections } };
}

/** Reads a chosen file; one over the limit is refused by its size, before a byte of it is read. */
export async function readBackupFile(file: Blob, readText: (file: Blob) => Promise<string>): Promise<ParseBackupResult> {
  if (file.size > MAX_BACKUP_BYTES) return { ok: false, problem: { kind: 'too_large', bytes: file.size } };
  let text: string;
  try {
    text = await readText(file);
  } catch {
    return { ok: false, problem: { kind: 'unreadable' } };
  }
  return parseBackup(text);
}

export type { BackupItem };
export { BackupStoreId };
