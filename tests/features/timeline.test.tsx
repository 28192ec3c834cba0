import { act, render, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { MemoryRouter } from 'react-router';

import enOutcomes from '../../locales/en/outcomes.json';
import jaOutcomes from '../../locales/ja/outcomes.json';
import ja from '../../locales/ja/result.json';
import { layoutTimeline, geometry } from '../../src/features/timeline/layout';
import { basisRuns, gateIndexes, nextGate } from '../../src/features/timeline/next-gate';
import { StageTimeline } from '../../src/features/timeline/stage-timeline';
import { graphemes, textWidth, wrapText } from '../../src/features/timeline/wrap-text';
import i18n from '../../src/i18n';
import { Stage, evaluate, stageNameCertainty } from '../../src/rules';
import type { Assessment, AssessmentInput, BasisId, StageId } from '../../src/rules';
import scenarios from '../fixtures/scenarios.json';

const timelineOf = (bases: (BasisId | null)[]): Assessment['timeline'] =>
  Stage.options.map((stage, i) => ({ stage, recommendedBasis: bases[i] ?? null }));

const S01 = timelineOf([
  'academic_exception',
  'academic_exception',
  'pseudonymized_joint_use',
  'pseudonymized_joint_use',
  'pseudonymized_joint_use',
  null,
  null,
]);

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

describe('nextGate', () => {
  it('finds the first later stage whose basis differs', () => {
    expect(nextGate(S01, 'exploration')).toEqual({
      kind: 'change',
      stage: 'development',
      from: 'academic_exception',
      to: 'pseudonymized_joint_use',
    });
    expect(nextGate(S01, 'development')).toEqual({ kind: 'change', stage: 'regulatory_review', from: 'pseudonymized_joint_use', to: null });
    expect(nextGate(S01, 'regulatory_review')).toEqual({ kind: 'no_change', basis: null });
    expect(nextGate(S01, 'post_market')).toEqual({ kind: 'last_stage' });
  });

  it('groups runs and finds the gates between rows', () => {
    expect(basisRuns(S01)).toEqual([
      { from: 'basic_research', to: 'exploration', basis: 'academic_exception' },
      { from: 'development', to: 'application_preparation', basis: 'pseudonymized_joint_use' },
      { from: 'regulatory_review', to: 'post_market', basis: null },
    ]);
    expect(gateIndexes(S01)).toEqual([2, 5]);
  });
});

describe('wrapText', () => {
  it('splits text into the same characters as Intl.Segmenter, with or without its shortcut', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const segmented = (text: string) => Array.from(segmenter.segment(text), (part) => part.segment);
    // Combining marks (Latin accents, kana sound marks), emoji sequences and surrogate pairs among plain text.
    const pieces = fc.constantFrom('a', 'Z', ' ', '-', '仮', 'か', 'カ', '（', '）', 'ｶ', 'e\u0301', 'か\u3099', '\u{1F469}\u200D\u{1F4BB}', '\u{20BB7}', '\u00E9', '※', '…', '→', '—', '※\u20DD', '\u2060');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(graphemes(text)).toEqual(segmented(text));
      }),
    );
  });

  it('keeps every line within the width, breaking Japanese anywhere but not before closing brackets', () => {
    const text = '仮名加工情報の作成と院内での利用（利用目的の変更）';
    const lines = wrapText(text, 120, 14);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(120);
    for (const line of lines.slice(1)) expect(line[0]).not.toMatch(/[）、。]/);
    for (const line of lines.slice(0, -1)) expect(line.at(-1)).not.toBe('（');
  });

  it('breaks English between words, and inside a word only when it cannot fit alone', () => {
    const lines = wrapText('Internal use of pseudonymously processed information (changed purpose)', 150, 14);
    expect(lines.join(' ')).toBe('Internal use of pseudonymously processed information (changed purpose)');
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(150);
    expect(wrapText('Supercalifragilistic', 40, 14).join('')).toBe('Supercalifragilistic');
  });
});

describe('layoutTimeline', () => {
  const rows = Stage.options.map((stage, i) => ({
    stage: enOutcomes.stage[stage],
    basis: `Recommended: ${enOutcomes.basis.pseudonymized_internal_use.name}`,
    hasBasis: true,
    current: i === 1,
    reconstructed: stageNameCertainty[stage] === 'reconstructed',
    gateBefore: i === 2,
  }));

  it.each([200, 288, 320, 1200])('fits a container %i px wide (scrolling only below the minimum)', (width) => {
    const layout = layoutTimeline(rows, width);
    expect(layout.width).toBe(Math.min(geometry.maxWidth, Math.max(geometry.minWidth, width)));
    const textRoom = layout.width - layout.textX - geometry.rightPad;
    for (const row of layout.rows) {
      for (const line of [...row.stageLines.map((l) => [l.text, geometry.stageSize] as const), ...row.basisLines.map((l) => [l.text, geometry.basisSize] as const)]) {
        expect(textWidth(line[0], line[1])).toBeLessThanOrEqual(textRoom);
      }
    }
    // Rows never overlap and stay inside the drawing.
    layout.rows.forEach((row, i) => {
      const next = layout.rows[i + 1];
      if (next !== undefined) expect(next.top).toBeGreaterThanOrEqual(row.top + row.height);
    });
    expect(layout.height).toBeGreaterThan((layout.rows.at(-1)?.top ?? 0) + (layout.rows.at(-1)?.height ?? 0));
    expect(layout.gates).toHaveLength(1);
  });
});

describe('StageTimeline', () => {
  const input = scenarios.scenarios.find((s) => s.id === 'S01')?.input as AssessmentInput;
  const assessment = evaluate(input);

  it('draws an accessible picture with the same facts as an ordered list', () => {
    render(<StageTimeline timeline={assessment.timeline} current={assessment.stage} />, { wrapper: MemoryRouter });
    const picture = screen.getByRole('img');
    const label = picture.getAttribute('aria-label') ?? '';
    expect(label).toContain(jaOutcomes.stage.exploration);
    expect(label).toContain(jaOutcomes.basis.academic_exception.name);
    expect(label).toContain(ja.timeline.none);

    const items = within(screen.getByRole('list', { name: ja.timeline.listLabel })).getAllByRole('listitem');
    expect(items).toHaveLength(7);
    items.forEach((item, i) => {
      const entry = assessment.timeline[i] as { stage: StageId; recommendedBasis: BasisId | null };
      expect(item).toHaveTextContent(jaOutcomes.stage[entry.stage]);
      expect(item).toHaveTextContent(entry.recommendedBasis === null ? ja.timeline.none : jaOutcomes.basis[entry.recommendedBasis].name);
      expect(item.getAttribute('aria-current')).toBe(entry.stage === 'exploration' ? 'step' : null);
      if (stageNameCertainty[entry.stage] === 'reconstructed') expect(item).toHaveTextContent(ja.timeline.listReconstructed);
      else expect(item).not.toHaveTextContent(ja.timeline.listReconstructed);
    });

    // The picture marks the stage assessed in words, and reconstructed names with the mark, not by colour.
    expect(within(picture).getByText(ja.timeline.current)).toBeInTheDocument();
    expect(picture.textContent).toContain(`${jaOutcomes.stage.basic_research} ${ja.timeline.mark}`);
    expect(picture.textContent).toContain(ja.timeline.gate);
    // CSP: presentation attributes and classes only.
    expect(picture.outerHTML).not.toMatch(/\sstyle="/);
  });

  it('draws the picture once, at the width the browser measures, and again when that width changes', () => {
    // jsdom has no ResizeObserver (the picture then uses its fallback width); this one reports what the test says.
    const observers: { callback: ResizeObserverCallback; target: Element | undefined }[] = [];
    class StubResizeObserver {
      readonly entry: { callback: ResizeObserverCallback; target: Element | undefined };
      constructor(callback: ResizeObserverCallback) {
        this.entry = { callback, target: undefined };
        observers.push(this.entry);
      }
      observe(target: Element) {
        this.entry.target = target;
      }
      unobserve() {
        this.entry.target = undefined;
      }
      disconnect() {
        this.entry.target = undefined;
      }
    }
    const resize = (width: number) => {
      act(() => {
        for (const { callback, target } of observers)
          if (target !== undefined) callback([{ target, contentRect: { width } } as unknown as ResizeObserverEntry], {} as ResizeObserver);
      });
    };
    vi.stubGlobal('ResizeObserver', StubResizeObserver);
    try {
      render(<StageTimeline timeline={assessment.timeline} current={assessment.stage} />, { wrapper: MemoryRouter });
      // Not measured yet: no picture drawn at a guess; the list beside it is there from the start.
      expect(screen.queryByRole('img')).toBeNull();
      expect(screen.getByRole('list', { name: ja.timeline.listLabel })).toBeInTheDocument();
      resize(0);
      expect(screen.queryByRole('img')).toBeNull();
      resize(612.7);
      expect(screen.getByRole('img').getAttribute('width')).toBe('612');
      resize(300);
      expect(screen.getByRole('img').getAttribute('width')).toBe('300');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('draws the picture before printing when its part of the page was never laid out', () => {
    // An observer that never reports: the section has not come near the screen (content-visibility).
    class SilentResizeObserver {
      observe() {
        return undefined;
      }
      unobserve() {
        return undefined;
      }
      disconnect() {
        return undefined;
      }
    }
    vi.stubGlobal('ResizeObserver', SilentResizeObserver);
    const measure = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 480.4 } as DOMRect);
    try {
      render(<StageTimeline timeline={assessment.timeline} current={assessment.stage} />, { wrapper: MemoryRouter });
      expect(screen.queryByRole('img')).toBeNull();
      window.dispatchEvent(new Event('beforeprint'));
      // Drawn in the same turn, before the browser lays the page out for paper.
      expect(screen.getByRole('img').getAttribute('width')).toBe('480');
    } finally {
      measure.mockRestore();
      vi.unstubAllGlobals();
    }
  });

  it('says when the assessed stage is the last one', () => {
    render(<StageTimeline timeline={S01} current="post_market" />, { wrapper: MemoryRouter });
    expect(screen.getByText(ja.timeline.lastStage)).toBeInTheDocument();
  });

  it('says when a basis first becomes available at a later stage', () => {
    const timeline = timelineOf([null, null, 'pseudonymized_joint_use', 'pseudonymized_joint_use', 'pseudonymized_joint_use', null, null]);
    render(<StageTimeline timeline={timeline} current="basic_research" />, { wrapper: MemoryRouter });
    expect(
      screen.getByText(
        ja.timeline.nextFromNone
          .replace('{{stage}}', jaOutcomes.stage.development)
          .replace('{{to}}', jaOutcomes.basis.pseudonymized_joint_use.name),
      ),
    ).toBeInTheDocument();
  });
});
