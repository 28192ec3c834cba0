import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import outcomes from '../../locales/ja/outcomes.json';
import training from '../../locales/ja/training.json';
import { handoutCases } from '../../src/features/training/handout';
import { builtInLibrary } from '../../src/features/training/library';
import i18n from '../../src/i18n';
import { escapeMarkdown } from '../../src/lib/export/markdown';
import { evaluate } from '../../src/rules';
import type { BasisId } from '../../src/rules';
import { makeTrainingStore, renderTraining , preloadTrainingPages } from './training-harness';

const fill = (template: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((text, [key, value]) => text.replaceAll(`{{${key}}}`, String(value)), template);

const recommendedLine = (basis: BasisId | null) =>
  basis === null ? training.handout.noRecommendation : fill(training.handout.recommended, { basis: outcomes.basis[basis].name });

const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.readAsText(blob);
  });

beforeAll(async () => {
  await preloadTrainingPages();
}, 30_000);

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the training handout', () => {
  // The handout renders every case at once, and role queries over a page that size take seconds each in jsdom, so
  // this test finds each case by its heading text and then walks that case's own markup.
  /* eslint-disable testing-library/no-node-access -- see above: a deliberate trade for a page of 21 full cases */
  it('prints every case, then an answer key equal to evaluate', async () => {
    renderTraining('/training/handout');
    const title = fill(training.handout.title, { title: builtInLibrary.title.ja });
    expect(await screen.findByText(title, { selector: 'h1' }, { timeout: 10_000 })).toBeInTheDocument();

    const section = (heading: string) => {
      const found = screen.getByText(heading, { selector: 'h2' }).closest('section');
      if (found === null) throw new Error(`no section ${heading}`);
      return found;
    };
    const cases = section(training.handout.casesHeading);
    const key = section(training.handout.keyHeading);
    const articleIn = (root: HTMLElement, heading: string) => {
      // Testing Library collapses whitespace (the Japanese heading uses an ideographic space) in the page's text only.
      const found = within(root).getByText(heading.replace(/\s+/gu, ' '), { selector: 'h3' }).closest('article');
      if (found === null) throw new Error(`no article ${heading}`);
      return found;
    };

    const answers = handoutCases(builtInLibrary);
    expect(answers.map((c) => c.scenario.id)).toEqual(builtInLibrary.scenarios.map((s) => s.id));
    for (const { scenario, mainVerdicts } of answers) {
      const heading = fill(training.handout.caseHeading, { id: scenario.id, title: scenario.title.ja });
      expect(articleIn(cases, heading)).toHaveTextContent(scenario.description.ja);

      const assessment = evaluate(scenario.input);
      const answer = articleIn(key, heading);
      expect(within(answer).getByText(recommendedLine(assessment.recommendedBasis))).toBeInTheDocument();
      // The main verdicts are evaluate's own entries: the recommended basis first, then the bases learners predict.
      expect(mainVerdicts.length).toBeGreaterThanOrEqual(3);
      if (assessment.recommendedBasis !== null) expect(mainVerdicts[0]?.basis).toBe(assessment.recommendedBasis);
      for (const entry of mainVerdicts) expect(entry).toEqual(assessment.bases.find((b) => b.basis === entry.basis));

      const rows = [...answer.querySelectorAll('tbody tr')];
      expect(rows).toHaveLength(mainVerdicts.length);
      for (const [index, entry] of mainVerdicts.entries()) {
        const row = rows[index] as HTMLElement;
        expect(row.querySelector('th')).toHaveTextContent(outcomes.basis[entry.basis].name);
        expect(row).toHaveTextContent(outcomes.verdict[entry.verdict]);
        for (const reason of entry.reasons) expect(row).toHaveTextContent(outcomes.reason[reason]);
      }
      for (const warning of assessment.warnings) expect(answer).toHaveTextContent(outcomes.warning[warning.id].title);
      expect(answer).toHaveTextContent(scenario.teachingPoint.ja);
    }
  }, 30_000);
  /* eslint-enable testing-library/no-node-access */

  it('downloads the same answer key as Markdown', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:handout';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderTraining('/training/handout');

    await user.click(await screen.findByRole('button', { name: training.handout.download }, { timeout: 10_000 }));
    await waitFor(() => {
      expect(blobs).toHaveLength(1);
    });
    const [blob] = blobs;
    if (blob === undefined) throw new Error('nothing downloaded');
    const markdown = await readBlob(blob);
    expect(markdown.startsWith(`# ${escapeMarkdown(fill(training.handout.title, { title: builtInLibrary.title.ja }))}`)).toBe(true);
    const keyStart = markdown.indexOf(`## ${escapeMarkdown(training.handout.keyHeading)}`);
    expect(keyStart).toBeGreaterThan(0);
    const answerKey = markdown.slice(keyStart);
    for (const scenario of builtInLibrary.scenarios) {
      expect(markdown).toContain(escapeMarkdown(scenario.description.ja));
      const section = answerKey.slice(answerKey.indexOf(escapeMarkdown(fill(training.handout.caseHeading, { id: scenario.id, title: scenario.title.ja }))));
      expect(section).toContain(escapeMarkdown(recommendedLine(evaluate(scenario.input).recommendedBasis)));
    }
  }, 30_000);

  it('offers the loaded set’s handout, and says so when none is loaded', async () => {
    renderTraining('/training/handout?set=custom');
    expect(await screen.findByText(training.handout.noSet)).toBeInTheDocument();

    const store = makeTrainingStore();
    store.getState().customSetLoaded({ ...builtInLibrary, title: { ja: '院内研修', en: 'In-house' }, scenarios: builtInLibrary.scenarios.slice(0, 1) });
    renderTraining('/training/handout?set=custom', { training: store });
    expect(await screen.findByRole('heading', { level: 1, name: fill(training.handout.title, { title: '院内研修' }) })).toBeInTheDocument();
  });
});
