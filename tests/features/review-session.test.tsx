import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import ja from '../../locales/ja/review.json';
import jaChecklist from '../../locales/ja/checklist.json';
import jaQuestions from '../../locales/ja/questions.json';
import { reviewFileV2 } from '../../src/features/review/review-file';
import { REVIEWS_STORAGE_KEY } from '../../src/features/review/schema';
import { fileSubmission } from '../../src/features/review/submission';
import i18n from '../../src/i18n';
import type { DocModel } from '../../src/lib/export/doc-model';
import { exchangeFile, fileOf, makeReviewsStore, memoryStorage, preloadReviewPages, readBlob, renderReview } from './review-harness';

const renderDocx = vi.hoisted(() => vi.fn((_doc: DocModel) => Promise.resolve(new Blob(['docx']))));
vi.mock('../../src/lib/export/docx', () => ({ renderDocx }));

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/gu, (_, key: string) => String(values[key]));

const hostile = '<script>alert(1)</script>';
const purpose = jaQuestions.purpose.title;
const agreement = jaChecklist.item.joint_use_agreement.title;
/** The accessible names MarkField gives its group and comment: the visible word and the item. */
const groupName = (item: string) => fill(ja.marks.groupName, { item });
const commentName = (item: string) => fill(ja.marks.commentName, { item });

const findSession = (name = 'Chest CT') =>
  screen.findByRole('heading', { level: 1, name: fill(ja.session.title, { name }) }, { timeout: 10_000 });

/*
 * A review page holds a few hundred controls; role queries compute accessible names for every candidate, so the
 * tests look inside the section they mean (also what a screen-reader user does: jump to a region, then act).
 */
const answersRegion = () => within(screen.getByRole('region', { name: ja.answers.heading }));
const checklistRegion = () => within(screen.getByRole('region', { name: ja.checklist.heading }));
const exportRegion = () => within(screen.getByRole('region', { name: ja.export.heading }));

/**
 * user-event checks `pointer-events` up the ancestor chain before every click, which costs most of a second per
 * click on a page this size in jsdom; the page sets no pointer-events anywhere, so the check is skipped.
 */
const setupUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

/** Types by pasting: the text is what matters here, not a keystroke per character on a large page. */
async function typeInto(field: HTMLElement, text: string) {
  const user = setupUser();
  await user.click(field);
  await user.paste(text);
}

/** A store already holding the review of S02's file, as after opening it. */
function storeWithReview(storage = memoryStorage().storage) {
  const store = makeReviewsStore(storage);
  const id = store.getState().submissionOpened(fileSubmission(exchangeFile('S02', 'Chest CT', { ticks: ['joint_use_agreement'] })));
  return { store, id };
}

/** Captures what the page offers for download. */
function captureDownloads() {
  const createObjectURL = vi.fn((_blob: Blob) => 'blob:review');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const clicks: HTMLAnchorElement[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push(this);
  });
  return { createObjectURL, clicks };
}

beforeAll(preloadReviewPages, 30_000);

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('reviewing a submission', { timeout: 30_000 }, () => {
  it('saves marks and comments in the review store, and shows them again after a reload', async () => {
    const user = setupUser();
    const { storage, data } = memoryStorage();
    const { store, id } = storeWithReview(storage);
    const view = renderReview(`/review/session/${id}`, store);
    await findSession();

    const purposeGroup = answersRegion().getByRole('group', { name: groupName(purpose) });
    expect(within(purposeGroup).getByRole('radio', { name: ja.marks.none })).toBeChecked();
    await user.click(within(purposeGroup).getByRole('radio', { name: ja.marks.needs_clarification }));
    await typeInto(within(purposeGroup).getByRole('textbox', { name: commentName(purpose) }), 'Why only product?');
    const agreementGroup = checklistRegion().getByRole('group', { name: groupName(agreement) });
    await user.click(within(agreementGroup).getByRole('radio', { name: ja.marks.not_acceptable }));
    await typeInto(within(agreementGroup).getByRole('textbox', { name: commentName(agreement) }), hostile);
    const overall = within(screen.getByRole('region', { name: ja.overall.heading }));
    await typeInto(overall.getByRole('textbox', { name: ja.overall.comment }), 'Ask for the agreement.');
    await typeInto(overall.getByRole('textbox', { name: ja.overall.reviewerName }), 'Dr A');
    await typeInto(overall.getByRole('textbox', { name: ja.overall.committee }), 'IRB 1');

    expect(store.getState().reviews[0]).toMatchObject({
      answers: { purpose: { mark: 'needs_clarification', comment: 'Why only product?' } },
      checklist: { joint_use_agreement: { mark: 'not_acceptable', comment: hostile } },
      overallComment: 'Ask for the agreement.',
      reviewerName: 'Dr A',
      committee: 'IRB 1',
    });
    expect(data.get(REVIEWS_STORAGE_KEY)).toContain('needs_clarification');
    // The submitter's own record is shown beside the item, read-only.
    expect(checklistRegion().getAllByText(ja.checklist.ticked)).toHaveLength(1);
    view.unmount();

    renderReview(`/review/session/${id}`, makeReviewsStore(storage));
    await findSession();
    expect(within(answersRegion().getByRole('group', { name: groupName(purpose) })).getByRole('radio', { name: ja.marks.needs_clarification })).toBeChecked();
    const reloadedAgreement = checklistRegion().getByRole('group', { name: groupName(agreement) });
    expect(within(reloadedAgreement).getByRole('radio', { name: ja.marks.not_acceptable })).toBeChecked();
    expect(within(reloadedAgreement).getByRole('textbox', { name: commentName(agreement) })).toHaveValue(hostile);
    expect(within(screen.getByRole('region', { name: ja.overall.heading })).getByRole('textbox', { name: ja.overall.reviewerName })).toHaveValue('Dr A');
  });

  it('resumes the review when the same file is opened again, from the list or the file', async () => {
    const user = setupUser();
    const { storage } = memoryStorage();
    const { store, id } = storeWithReview(storage);
    store.getState().answerMarked(id, 'purpose', 'acceptable');
    renderReview('/review', makeReviewsStore(storage));

    const list = await screen.findByRole('region', { name: ja.list.heading });
    expect(within(list).getByText(fill(ja.list.markedCount, { n: 1 }))).toBeInTheDocument();
    await user.upload(screen.getByLabelText(ja.open.fileLabel), fileOf(exchangeFile('S02', 'Chest CT', { ticks: ['joint_use_agreement'] })));
    await findSession();
    expect(within(answersRegion().getByRole('group', { name: groupName(purpose) })).getByRole('radio', { name: ja.marks.acceptable })).toBeChecked();
  });

  it('exports the memo as Markdown with the marks, keeping markup as text', async () => {
    const user = setupUser();
    const { store, id } = storeWithReview();
    store.getState().answerMarked(id, 'purpose', 'needs_clarification');
    store.getState().answerCommented(id, 'purpose', hostile);
    store.getState().checklistMarked(id, 'joint_use_agreement', 'acceptable');
    const { createObjectURL, clicks } = captureDownloads();
    renderReview(`/review/session/${id}`, store);
    await findSession();

    await user.click(exportRegion().getByRole('button', { name: ja.export.markdown }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0]?.[0];
    if (blob === undefined) throw new Error('no download');
    const md = await readBlob(blob);
    expect(md).toContain(`# ${fill(ja.memo.title, { name: 'Chest CT' })}`);
    expect(md).toMatch(new RegExp(`\\| ${purpose} \\|.*\\| ${ja.marks.needs_clarification} \\| &lt;script>`, 'u'));
    expect(md).toMatch(new RegExp(`\\| ${agreement} \\|.*\\| ${ja.marks.acceptable} \\|`, 'u'));
    expect(md).not.toContain('<script>');
    expect(clicks[0]?.download).toBe('審査メモ_Chest CT.md');
    expect(await screen.findByText(fill(ja.export.done, { file: '審査メモ_Chest CT.md' }))).toBeInTheDocument();
  });

  it('exports Word through renderDocx and a validated JSON review record', async () => {
    const user = setupUser();
    const { store, id } = storeWithReview();
    store.getState().checklistMarked(id, 'joint_use_agreement', 'acceptable');
    const { createObjectURL, clicks } = captureDownloads();
    renderReview(`/review/session/${id}`, store);
    await findSession();

    await user.click(exportRegion().getByRole('button', { name: ja.export.docx }));
    await waitFor(() => {
      expect(renderDocx).toHaveBeenCalledTimes(1);
    });
    expect(renderDocx.mock.calls[0]?.[0].title).toBe(fill(ja.memo.title, { name: 'Chest CT' }));
    await waitFor(() => {
      expect(clicks.at(-1)?.download).toBe('審査メモ_Chest CT.docx');
    });

    await user.click(exportRegion().getByRole('button', { name: ja.export.json }));
    const blob = createObjectURL.mock.calls.at(-1)?.[0];
    if (blob === undefined) throw new Error('no download');
    const json = reviewFileV2.parse(JSON.parse(await readBlob(blob)));
    expect(json.marks.checklist).toEqual({ joint_use_agreement: 'acceptable' });
    expect(json.submission.fingerprintValid).toBe(true);
  });

  it('shows a print view of the memo and prints it', async () => {
    const user = setupUser();
    const { store, id } = storeWithReview();
    store.getState().answerMarked(id, 'purpose', 'not_acceptable');
    store.getState().reviewerNamed(id, hostile);
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderReview(`/review/session/${id}`, store);
    await findSession();

    await user.click(exportRegion().getByRole('link', { name: ja.export.print }));
    const heading = await screen.findByRole('heading', { level: 1, name: fill(ja.memo.title, { name: 'Chest CT' }) }, { timeout: 10_000 });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    const row = screen.getByRole('row', { name: new RegExp(`^${purpose}`, 'u') });
    expect(within(row).getByRole('cell', { name: ja.marks.not_acceptable })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: hostile })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: ja.memo.print }));
    expect(print).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('link', { name: ja.memo.back }));
    expect(await findSession()).toBeInTheDocument();
  });

  it('deletes a review from the list after confirming', async () => {
    const user = setupUser();
    const { store } = storeWithReview();
    renderReview('/review', store);
    const list = await screen.findByRole('region', { name: ja.list.heading });
    await user.click(within(list).getByRole('button', { name: `${ja.list.delete}${fill(ja.list.deleteFor, { name: 'Chest CT' })}` }));
    await user.click(within(list).getByRole('button', { name: ja.list.confirmDelete }));
    expect(store.getState().reviews).toEqual([]);
    expect(within(list).getByText(fill(ja.list.deleted, { name: 'Chest CT' }))).toHaveFocus();
  });

  it('says when stored reviews are unreadable, keeps them, and offers them for download', async () => {
    const user = setupUser();
    const raw = '{"schemaVersion":1,"reviews":[{"broken"';
    const { storage, data } = memoryStorage({ [REVIEWS_STORAGE_KEY]: raw });
    const { createObjectURL } = captureDownloads();
    renderReview('/review', makeReviewsStore(storage));
    const notice = await screen.findByRole('region', { name: ja.storage.problemHeading });
    expect(within(notice).getByText(ja.storage.unreadable)).toBeInTheDocument();
    await user.click(within(notice).getByRole('button', { name: ja.storage.download }));
    const blob = createObjectURL.mock.calls[0]?.[0];
    if (blob === undefined) throw new Error('no download');
    expect(await readBlob(blob)).toBe(raw);
    expect(data.get(REVIEWS_STORAGE_KEY)).toBe(raw);
  });

  it('explains a review that is not in this browser', async () => {
    renderReview('/review/session/nope', makeReviewsStore());
    expect(await screen.findByRole('heading', { level: 1, name: ja.notFound.title }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: ja.notFound.link })).toBeInTheDocument();
  });
});
