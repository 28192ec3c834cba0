import type { ChecklistId } from '../../../rules';
import type { FileKind, FileReport, Severity } from './types';

export interface ChecklistSummary {
  readonly checklist: ChecklistId;
  /** Files whose kind this item concerns and that could be read. */
  readonly filesChecked: number;
  readonly filesWithFindings: number;
  readonly highest: Severity;
  /** The locations found most often, with the number of files carrying each ("PatientName": 3 files). */
  readonly locations: readonly { readonly location: string; readonly files: number }[];
}

/** Which checklist items a kind of file speaks to: a clean DICOM file counts towards "3 of 20" too. */
const kindChecklists: Readonly<Record<FileKind, readonly ChecklistId[]>> = {
  dicom: ['clean_dicom_headers', 'remove_burned_in_text'],
  table: ['remove_ehr_identifiers', 'scrub_free_text'],
  text: ['scrub_free_text'],
  slide: ['mask_wsi_labels'],
  unknown: [],
};

const severityRank: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };
const MAX_LOCATIONS = 5;

/** Locations drop their row or sequence detail, so "memo / row 12" and "memo / row 40" count as one column. */
const locationKey = (location: string): string => location.replace(/ \/ row \d+$/u, '');

/** Per checklist item: how many of the files it concerns still carry something, and where most often. */
export function summarize(files: readonly FileReport[]): ChecklistSummary[] {
  const order: ChecklistId[] = [];
  const byItem = new Map<ChecklistId, { checked: Set<number>; withFindings: Set<number>; highest: Severity; locations: Map<string, Set<number>> }>();
  const entry = (id: ChecklistId) => {
    let found = byItem.get(id);
    if (found === undefined) {
      found = { checked: new Set(), withFindings: new Set(), highest: 'low', locations: new Map() };
      byItem.set(id, found);
      order.push(id);
    }
    return found;
  };
  files.forEach((file, index) => {
    if (file.read === 'none') return;
    for (const id of kindChecklists[file.kind]) entry(id).checked.add(index);
    for (const f of file.findings) {
      const item = entry(f.checklist);
      item.checked.add(index);
      item.withFindings.add(index);
      if (severityRank[f.severity] > severityRank[item.highest]) item.highest = f.severity;
      const key = locationKey(f.location);
      const set = item.locations.get(key) ?? new Set<number>();
      set.add(index);
      item.locations.set(key, set);
    }
  });
  return order.map((checklist) => {
    const item = byItem.get(checklist);
    if (item === undefined) throw new Error(`No summary for ${checklist}`);
    return {
      checklist,
      filesChecked: item.checked.size,
      filesWithFindings: item.withFindings.size,
      highest: item.highest,
      locations: [...item.locations]
        .map(([location, set]) => ({ location, files: set.size }))
        .sort((x, y) => y.files - x.files || x.location.localeCompare(y.location))
        .slice(0, MAX_LOCATIONS),
    };
  });
}
