import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import jaAbout from '../../locales/ja/about.json';
import enCitations from '../../locales/en/citations.json';
import en from '../../locales/en/result.json';
import jaCitations from '../../locales/ja/citations.json';
import jaOutcomes from '../../locales/ja/outcomes.json';
import ja from '../../locales/ja/result.json';
import { CitationLink, CitationList } from '../../src/features/citations/citation-link';
import i18n from '../../src/i18n';
import { CitationId, citations } from '../../src/rules';
import { containing } from './text-match';

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('CitationLink', () => {
  it('opens a panel with source, article, evidence level, summary and address; Escape closes it and returns focus', async () => {
    const user = userEvent.setup();
    render(<CitationLink id="appi_27_1_vi_joint_research" />, { wrapper: MemoryRouter });
    const button = screen.getByRole('button', { name: '個情法 第27条第1項第6号' });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(button);
    const dialog = screen.getByRole('dialog', { name: '個情法 第27条第1項第6号' });
    expect(within(dialog).getByRole('heading', { name: '個情法 第27条第1項第6号' })).toHaveFocus();
    expect(within(dialog).getByText(jaOutcomes.evidence.statute)).toBeInTheDocument();
    expect(within(dialog).getByText(jaCitations.appi_27_1_vi_joint_research.source)).toBeInTheDocument();
    expect(within(dialog).getByText(jaCitations.appi_27_1_vi_joint_research.ref)).toBeInTheDocument();
    expect(within(dialog).getByText(jaCitations.appi_27_1_vi_joint_research.summary)).toBeInTheDocument();
    const link = within(dialog).getByRole('link', { name: new RegExp(citations.appi_27_1_vi_joint_research.url ?? 'no url') });
    expect(link).toHaveAttribute('href', citations.appi_27_1_vi_joint_research.url);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('closes with its Close button too', async () => {
    const user = userEvent.setup();
    render(<CitationLink id="gl_ch6_stage_model" />, { wrapper: MemoryRouter });
    const button = screen.getByRole('button', { name: ja.citation.short.gl_ch6_stage_model });
    await user.click(button);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(jaOutcomes.evidence.guideline)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: ja.citation.close }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('labels our own reading as such, on the button and in the panel, and says when there is no address', async () => {
    const user = userEvent.setup();
    render(<CitationLink id="inference_records" />, { wrapper: MemoryRouter });
    // The tag is part of the name, in brackets, so what is seen is also what is heard and spoken to select it.
    const button = screen.getByRole('button', { name: `${ja.citation.short.inference_records}（${ja.citation.inferenceTag}）` });
    expect(button).toHaveTextContent(ja.citation.inferenceTag);
    await user.click(button);
    const dialog = screen.getByRole('dialog');
    const evidence = within(dialog)
      .getAllByRole('definition')
      .find((dd) => dd.textContent.includes(jaOutcomes.evidenceHint.inference));
    expect(evidence).toHaveTextContent(jaOutcomes.evidence.inference);
    expect(within(dialog).getByText(ja.citation.noUrl)).toBeInTheDocument();
    // No address to open; the one link is the marker of the open point this reading stands in for.
    const marker = within(dialog).getByRole('link');
    expect(marker).toHaveTextContent(jaAbout.marker.label.open_point);
    expect(marker).toHaveAccessibleName(containing(jaAbout.point.records_list.title));
    expect(marker).toHaveAttribute('href', '/about/open/records_list');
  });

  it('shows no open-point marker for a settled source', async () => {
    const user = userEvent.setup();
    render(<CitationLink id="appi_27_1_consent" />, { wrapper: MemoryRouter });
    await user.click(screen.getByRole('button', { name: ja.citation.short.appi_27_1_consent }));
    expect(within(screen.getByRole('dialog')).queryByRole('link', { name: new RegExp(jaAbout.marker.label.open_point) })).toBeNull();
  });

  it('uses the browser’s modal dialog where there is one', async () => {
    const user = userEvent.setup();
    // jsdom has no showModal; a stand-in proves the component uses the real modal path when the browser has it.
    const showModal = vi.fn(function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    });
    const close = vi.fn(function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    });
    Object.defineProperty(HTMLDialogElement.prototype, 'showModal', { value: showModal, configurable: true });
    Object.defineProperty(HTMLDialogElement.prototype, 'close', { value: close, configurable: true });
    try {
      render(<CitationLink id="dicom_ps3_15" />, { wrapper: MemoryRouter });
      const button = screen.getByRole('button', { name: ja.citation.short.dicom_ps3_15 });
      await user.click(button);
      expect(showModal).toHaveBeenCalledOnce();
      expect(within(screen.getByRole('dialog')).getByText(jaOutcomes.evidence.standard)).toBeInTheDocument();
      await user.keyboard('{Escape}');
      expect(close).toHaveBeenCalled();
      expect(button).toHaveFocus();
    } finally {
      Reflect.deleteProperty(HTMLDialogElement.prototype, 'showModal');
      Reflect.deleteProperty(HTMLDialogElement.prototype, 'close');
    }
  });

  it('follows the language', async () => {
    await i18n.changeLanguage('en');
    const user = userEvent.setup();
    render(<CitationLink id="ppc_q14_18_joint_use_items" />, { wrapper: MemoryRouter });
    await user.click(screen.getByRole('button', { name: en.citation.short.ppc_q14_18_joint_use_items }));
    expect(screen.getByText(enCitations.ppc_q14_18_joint_use_items.summary)).toBeInTheDocument();
  });
});

describe('CitationList', () => {
  it('groups the buttons under a "sources" label', () => {
    render(<CitationList ids={['gl_2_6_basis_table', 'appi_27_2_opt_out']} />, { wrapper: MemoryRouter });
    const group = screen.getByRole('group', { name: ja.citation.listLabel });
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual([
      ja.citation.short.gl_2_6_basis_table,
      ja.citation.short.appi_27_2_opt_out,
    ]);
  });
});

describe('citation short labels', () => {
  it.each(CitationId.options)('%s has a short label in ja and en', (id) => {
    expect(ja.citation.short[id].trim()).not.toBe('');
    expect(en.citation.short[id].trim()).not.toBe('');
  });

  it('has no labels for unknown citations', () => {
    expect(Object.keys(ja.citation.short).sort()).toEqual([...CitationId.options].sort());
    expect(Object.keys(en.citation.short).sort()).toEqual([...CitationId.options].sort());
  });
});
