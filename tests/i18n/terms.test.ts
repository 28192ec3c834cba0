import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import reportEn from '../../locales/en/report.json';
import reviewEn from '../../locales/en/review.json';
import wizardEn from '../../locales/en/wizard.json';
import reportJa from '../../locales/ja/report.json';
import reviewJa from '../../locales/ja/review.json';
import wizardJa from '../../locales/ja/wizard.json';

/**
 * One word per concept across pages: a user who meets a word on one page finds the same word on the next. Found in
 * a user trial, where the same check value was called 指紋 on one page and フィンガープリント on another, and help
 * texts named buttons that do not exist.
 */

const localesDir = join(dirname(fileURLToPath(import.meta.url)), '../../locales');
const allText = (lng: 'ja' | 'en') =>
  readdirSync(join(localesDir, lng))
    .filter((file) => file.endsWith('.json'))
    .map((file) => readFileSync(join(localesDir, lng, file), 'utf8'))
    .join('\n');

describe('terms', () => {
  it('calls the check value フィンガープリント in Japanese everywhere, never 指紋', () => {
    const ja = allText('ja');
    expect(ja).not.toContain('指紋');
    expect(reportJa.doc.metaFingerprint).toContain('フィンガープリント');
    expect(reviewJa.session.meta.fingerprint).toContain('フィンガープリント');
  });

  it('names the JSON download button in every help text that sends people to it, by its own words', () => {
    expect(reportJa.import.chooseHint).toContain(`「${reportJa.page.json}」`);
    expect(reviewJa.open.fileHint).toContain(`「${reportJa.page.json}」`);
    expect(reportEn.import.chooseHint).toContain(`"${reportEn.page.json}"`);
    expect(reviewEn.open.fileHint).toContain(`“${reportEn.page.json}”`);
  });

  it('says "none" for an empty multi-select answer in the same word on check answers and in the report', () => {
    expect(wizardJa.check.none).toBe(reportJa.answers.none);
    expect(wizardEn.check.none).toBe(reportEn.answers.none);
  });

  it('does not open the English check-answers page by repeating its heading', () => {
    expect(wizardEn.check.lead.startsWith(wizardEn.check.title)).toBe(false);
    expect(wizardJa.check.lead.startsWith(wizardJa.check.title)).toBe(false);
  });
});
