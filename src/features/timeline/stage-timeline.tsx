import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import '../../styles/result.css';
import { basisNameKey, stageKey } from '../../i18n/keys';
import { currentLanguage } from '../../i18n';
import { joinList } from '../../i18n/list';
import { stageNameCertainty } from '../../rules';
import type { Assessment, BasisId, StageId } from '../../rules';
import { OpenPointMarker } from '../about/open-point-marker';
import { getOpenPoint } from '../about/open-points';
import { type PlacedRow, geometry, layoutTimeline, type TimelineLayout, type TimelineRowText } from './layout';
import { basisRuns, gateIndexes, nextGate } from './next-gate';
import { useContainerWidth } from './use-container-width';
import { textWidth } from './wrap-text';
import { resultNamespaces } from '../result/namespaces';

interface StageTimelineProps {
  readonly timeline: Assessment['timeline'];
  readonly current: StageId;
}

/**
 * The seven stages of guideline ch.6 as a picture, with the same facts as an ordered list for screen readers and a
 * sentence on what changes at the next gate. Nothing is told by colour alone: the stage assessed has a thick frame
 * and a text tag, reconstructed stage names a mark and a dotted circle, a change of basis a bar and a label.
 */
export function StageTimeline({ timeline, current }: StageTimelineProps) {
  const { t } = useTranslation(resultNamespaces);
  const headingId = useId();

  const basisName = (basis: BasisId | null) => (basis === null ? t('result:timeline.none') : t(basisNameKey(basis)));
  const gates = new Set(gateIndexes(timeline));
  const rows = timeline.map((entry, index) => {
    const reconstructed = stageNameCertainty[entry.stage] === 'reconstructed';
    const stage = t(stageKey(entry.stage));
    return {
      id: entry.stage,
      stage: reconstructed ? t('result:timeline.stageWithMark', { stage, mark: t('result:timeline.mark') }) : stage,
      basis: entry.recommendedBasis === null ? t('result:timeline.none') : t('result:timeline.basis', { basis: basisName(entry.recommendedBasis) }),
      hasBasis: entry.recommendedBasis !== null,
      current: entry.stage === current,
      reconstructed,
      gateBefore: gates.has(index),
    };
  });

  const position = timeline.findIndex((entry) => entry.stage === current) + 1;
  const segments = joinList(
    basisRuns(timeline).map((run) =>
      run.from === run.to
        ? t('result:timeline.segmentOne', { stage: t(stageKey(run.from)), basis: basisName(run.basis) })
        : t('result:timeline.segmentRange', { from: t(stageKey(run.from)), to: t(stageKey(run.to)), basis: basisName(run.basis) }),
    ),
    currentLanguage(),
  );
  const summary = t('result:timeline.summary', { position, current: t(stageKey(current)), segments });

  return (
    <section className="result-section timeline" aria-labelledby={headingId} data-section="timeline">
      <h2 id={headingId}>{t('result:timeline.heading')}</h2>
      <p>{t('result:timeline.lead')}</p>
      <TimelineFigure rows={rows} summary={summary} currentLabel={t('result:timeline.current')} gateLabel={t('result:timeline.gate')} />
      <ol className="visually-hidden" aria-label={t('result:timeline.listLabel')}>
        {timeline.map((entry) => (
          <li key={entry.stage} aria-current={entry.stage === current ? 'step' : undefined} data-stage={entry.stage}>
            {t('result:timeline.listItem', { stage: t(stageKey(entry.stage)), basis: basisName(entry.recommendedBasis) })}
            {entry.stage === current ? <> {t('result:timeline.listCurrent')}</> : null}
            {stageNameCertainty[entry.stage] === 'reconstructed' ? <> {t('result:timeline.listReconstructed')}</> : null}
          </li>
        ))}
      </ol>
      {/* The marks explain themselves in the figure's labels; the key is one click away (and printed). */}
      <details className="timeline__key">
        <summary>{t('result:timeline.legendLabel')}</summary>
        <ul className="timeline__legend">
          <li>{t('result:timeline.legendCurrent')}</li>
          <li>
            {t('result:timeline.legendReconstructed')} <OpenPointMarker point={getOpenPoint('stage_names')} />
          </li>
          <li>{t('result:timeline.legendGate')}</li>
        </ul>
      </details>
      <NextGateNote timeline={timeline} current={current} />
    </section>
  );
}

function NextGateNote({ timeline, current }: StageTimelineProps) {
  const { t } = useTranslation(resultNamespaces);
  const gate = nextGate(timeline, current);
  const name = (basis: BasisId) => t(basisNameKey(basis));
  let text: string;
  switch (gate.kind) {
    case 'last_stage':
      text = t('result:timeline.lastStage');
      break;
    case 'no_change':
      text = gate.basis === null ? t('result:timeline.noChangeNone') : t('result:timeline.noChange', { basis: name(gate.basis) });
      break;
    case 'change': {
      const stage = t(stageKey(gate.stage));
      if (gate.to === null) text = t('result:timeline.nextToNone', { stage });
      else if (gate.from === null) text = t('result:timeline.nextFromNone', { stage, to: name(gate.to) });
      else text = t('result:timeline.nextChange', { stage, from: name(gate.from), to: name(gate.to) });
      break;
    }
  }
  return (
    <div className="timeline__next" data-next-gate={gate.kind === 'change' ? gate.stage : gate.kind}>
      <h3>{t('result:timeline.nextGateHeading')}</h3>
      <p>{text}</p>
    </div>
  );
}

type TimelineFigureProps = Omit<TimelineSvgProps, 'layout'> & { readonly rows: readonly TimelineRowText[] };

/**
 * The picture at the width the page gives it, drawn once that width is known: drawn at a guess first, it was drawn
 * twice. A component of its own, so a new width redraws the picture and nothing else.
 */
function TimelineFigure({ rows, ...labels }: TimelineFigureProps) {
  const container = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(container, 320);
  return (
    <div className="timeline__figure" ref={container}>
      {width === null ? null : <TimelineSvg layout={layoutTimeline(rows, width)} {...labels} />}
    </div>
  );
}

interface TimelineSvgProps {
  readonly layout: TimelineLayout;
  readonly summary: string;
  readonly currentLabel: string;
  readonly gateLabel: string;
}

/** Drawn with presentation attributes and classes only: the CSP forbids inline style attributes. */
function TimelineSvg({ layout, summary, currentLabel, gateLabel }: TimelineSvgProps) {
  const first = layout.rows[0];
  const last = layout.rows[layout.rows.length - 1];
  return (
    <svg
      className="timeline__svg"
      role="img"
      aria-label={summary}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${String(layout.width)} ${String(layout.height)}`}
      focusable="false"
    >
      {first !== undefined && last !== undefined ? (
        <line className="timeline__rail" x1={layout.railX} y1={first.nodeY} x2={layout.railX} y2={last.nodeY} stroke="#505a5f" strokeWidth={3} />
      ) : null}
      {layout.gates.map((gate) => (
        <g key={gate.y} className="timeline__gate">
          <line x1={layout.railX - 16} y1={gate.y} x2={layout.railX + 16} y2={gate.y} stroke="#0b0c0c" strokeWidth={5} strokeLinecap="round" />
          <text className="timeline__gate-text" x={layout.textX} y={gate.y + 5} fontSize={13} fontWeight={700} fill="#0b0c0c">
            {gateLabel}
          </text>
        </g>
      ))}
      {layout.rows.map((row, index) => (
        <StageRow key={row.stage} row={row} number={index + 1} layout={layout} currentLabel={currentLabel} />
      ))}
    </svg>
  );
}

function StageRow({ row, number, layout, currentLabel }: { row: PlacedRow; number: number; layout: TimelineLayout; currentLabel: string }) {
  const r = row.current ? geometry.nodeRadius + 2 : geometry.nodeRadius;
  const tagWidth = textWidth(currentLabel, 13) * 1.05 + 16;
  return (
    <g className={row.current ? 'timeline__row timeline__row--current' : 'timeline__row'}>
      {row.current ? (
        <rect className="timeline__frame" x={2} y={row.top} width={layout.width - 4} height={row.height} rx={8} fill="none" stroke="#0b0c0c" strokeWidth={3} />
      ) : null}
      {row.tagY === null ? null : (
        <g className="timeline__tag">
          <rect x={layout.textX} y={row.tagY} width={tagWidth} height={geometry.tagHeight} rx={4} fill="#0b0c0c" />
          <text x={layout.textX + 8} y={row.tagY + 17} fontSize={13} fontWeight={700} fill="#ffffff">
            {currentLabel}
          </text>
        </g>
      )}
      {row.current && row.reconstructed ? (
        <circle cx={layout.railX} cy={row.nodeY} r={r + 4} fill="none" stroke="#0b0c0c" strokeWidth={1.5} strokeDasharray="3 3" />
      ) : null}
      <circle
        className={row.reconstructed ? 'timeline__node timeline__node--reconstructed' : 'timeline__node'}
        cx={layout.railX}
        cy={row.nodeY}
        r={r}
        fill={row.current ? '#0b0c0c' : '#ffffff'}
        stroke="#0b0c0c"
        strokeWidth={2}
        strokeDasharray={row.reconstructed && !row.current ? '3 2.5' : undefined}
      />
      <text
        className="timeline__number"
        x={layout.railX}
        y={row.nodeY + 4.5}
        textAnchor="middle"
        fontSize={12}
        fontWeight={700}
        fill={row.current ? '#ffffff' : '#0b0c0c'}
      >
        {number}
      </text>
      {row.stageLines.map((line) => (
        <text key={line.y} className="timeline__stage" x={layout.textX} y={line.y} fontSize={geometry.stageSize} fontWeight={700} fill="#0b0c0c">
          {line.text}
        </text>
      ))}
      {row.basisLines.map((line) => (
        <text
          key={line.y}
          className={row.hasBasis ? 'timeline__basis' : 'timeline__basis timeline__basis--none'}
          x={layout.textX}
          y={line.y}
          fontSize={geometry.basisSize}
          fontStyle={row.hasBasis ? undefined : 'italic'}
          fill="#0b0c0c"
        >
          {line.text}
        </text>
      ))}
    </g>
  );
}
