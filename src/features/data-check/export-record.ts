import { summarize } from './engine/summary';
import { ENGINE_VERSION } from './engine/types';
import type { CheckId, FileReport } from './engine/types';
import type { DataCheckRecord } from './records';
import type { DataCheckT } from './namespaces';

/** A new record of the files just checked. The id and time come from the caller, so tests can fix them. */
export function newRecord(files: readonly FileReport[], id: string, checkedAt: Date): DataCheckRecord {
  return { id, checkedAt: checkedAt.toISOString(), engineVersion: ENGINE_VERSION, files: [...files] };
}

/** The checks that ran on at least one file, in the engine's order. */
export function checksRun(files: readonly FileReport[]): CheckId[] {
  return [...new Set(files.flatMap((file) => file.checks))];
}

/** The record as JSON: what the page shows, with the summary per checklist item and the note that it is no proof. */
export function recordJson(record: DataCheckRecord, t: DataCheckT): string {
  return JSON.stringify(
    {
      format: 'medai-data-navigator/data-check',
      ...record,
      note: t('datacheck:record.notProof'),
      checksRun: checksRun(record.files),
      summary: summarize(record.files),
    },
    null,
    2,
  );
}

const cell = (text: string): string => text.replace(/\|/gu, '\\|').replace(/[\r\n]+/gu, ' ');

/** The record as Markdown, for a file an ethics office can read and keep with the application. */
export function recordMarkdown(record: DataCheckRecord, t: DataCheckT, formatDate: (iso: string) => string): string {
  const lines: string[] = [
    `# ${t('datacheck:record.title')}`,
    '',
    `- ${t('datacheck:record.checkedAt')}: ${formatDate(record.checkedAt)}`,
    `- ${t('datacheck:record.engine')}: ${record.engineVersion}`,
    `- ${t('datacheck:record.filesChecked')}: ${String(record.files.length)}`,
    '',
    `> ${t('datacheck:record.notProof')}`,
    '',
    `## ${t('datacheck:record.checksDone')}`,
    '',
    ...checksRun(record.files).map((check) => `- ${t(`datacheck:checks.${check}`)}`),
    '',
    `## ${t('datacheck:summary.heading')}`,
    '',
  ];
  for (const item of summarize(record.files)) {
    const count = { checked: item.filesChecked, found: item.filesWithFindings };
    lines.push(`### ${t(`checklist:item.${item.checklist}.title`)}`, '');
    lines.push(item.filesWithFindings === 0 ? t('datacheck:summary.clean', count) : t('datacheck:summary.item', count), '');
    for (const location of item.locations) lines.push(`- \`${location.location}\` — ${t('datacheck:summary.locationFiles', { count: location.files })}`);
    if (item.locations.length > 0) lines.push('');
  }
  lines.push(`## ${t('datacheck:files.heading')}`, '');
  for (const file of record.files) {
    lines.push(`### ${file.file}`, '');
    lines.push(`- ${t('datacheck:files.kindLabel')}: ${t(`datacheck:kind.${file.kind}`)}`);
    lines.push(`- ${t('datacheck:files.readLabel')}: ${t(`datacheck:read.${file.read}`)}`);
    for (const problem of file.problems) lines.push(`- ${t(`datacheck:problems.${problem}`)}`);
    lines.push('');
    if (file.findings.length === 0) {
      if (file.read !== 'none') lines.push(t('datacheck:files.noFindings'), '');
      continue;
    }
    lines.push(
      `| ${t('datacheck:table.severity')} | ${t('datacheck:table.location')} | ${t('datacheck:table.finding')} | ${t('datacheck:table.sample')} | ${t('datacheck:table.option')} | ${t('datacheck:table.checklist')} |`,
      '|---|---|---|---|---|---|',
    );
    for (const finding of file.findings) {
      const title = t(`datacheck:findings.${finding.id}.title`) + (finding.heuristic === true ? ` (${t('datacheck:table.heuristicTag')})` : '');
      lines.push(
        `| ${t(`datacheck:severity.${finding.severity}`)} | ${cell(finding.location)} | ${cell(title)} | ${cell(finding.sample ?? '')} | ${
          finding.profileOption === undefined ? '' : t(`datacheck:options.${finding.profileOption}`)
        } | ${t(`checklist:item.${finding.checklist}.title`)} |`,
      );
    }
    if (file.omittedFindings > 0) lines.push('', t('datacheck:files.omitted', { count: file.omittedFindings }));
    lines.push('');
  }
  return lines.join('\n');
}
