import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { diffAssessments } from '../../src/features/review/diff';
import type { AssessmentChange } from '../../src/features/review/diff';
import { evaluate, pruneAnswers } from '../../src/rules';
import type { Assessment, Remedy } from '../../src/rules';
import { fullAnswers } from '../rules/arbitraries';
import { scenarios } from '../rules/fixtures';

const result = (id: string): Assessment => {
  const scenario = scenarios.find((s) => s.id === id);
  if (scenario === undefined) throw new Error(`no scenario ${id}`);
  return evaluate(scenario.input);
};

const s02 = result('S02');

/** A copy of an assessment with some parts replaced, as an older rule set might have produced it. */
const edited = (base: Assessment, change: Partial<Assessment>): Assessment => ({ ...base, ...change });

describe('diffAssessments', () => {
  it('finds nothing between a result and itself', () => {
    expect(diffAssessments(s02, s02)).toEqual([]);
    expect(diffAssessments(s02, structuredClone(s02))).toEqual([]);
  });

  it('reports a changed recommended basis', () => {
    const before = edited(s02, { recommendedBasis: 'academic_exception' });
    expect(diffAssessments(before, s02)).toEqual([
      { kind: 'recommended_basis', before: 'academic_exception', after: s02.recommendedBasis },
    ]);
    expect(diffAssessments(edited(s02, { recommendedBasis: null }), s02)).toEqual([
      { kind: 'recommended_basis', before: null, after: s02.recommendedBasis },
    ]);
  });

  it('reports each basis whose verdict changed, and only those', () => {
    const before = edited(s02, {
      bases: s02.bases.map((entry) => (entry.basis === 'opt_out' ? { ...entry, verdict: 'conditional' as const } : entry)),
    });
    const after = s02.bases.find((entry) => entry.basis === 'opt_out')?.verdict;
    expect(diffAssessments(before, s02)).toEqual([{ kind: 'verdict', basis: 'opt_out', before: 'conditional', after }]);
  });

  it('reports a basis missing on one side with null', () => {
    const withoutConsent = edited(s02, { bases: s02.bases.filter((entry) => entry.basis !== 'consent') });
    const consent = s02.bases.find((entry) => entry.basis === 'consent')?.verdict ?? null;
    expect(diffAssessments(withoutConsent, s02)).toEqual([{ kind: 'verdict', basis: 'consent', before: null, after: consent }]);
    expect(diffAssessments(s02, withoutConsent)).toEqual([{ kind: 'verdict', basis: 'consent', before: consent, after: null }]);
  });

  it('reports checklist items and warnings added and removed', () => {
    const [first, ...rest] = s02.checklist;
    if (first === undefined) throw new Error('S02 has a checklist');
    const before = edited(s02, {
      checklist: [...rest, { id: 'obtain_valid_consent', citations: ['appi_27_1_consent'], owner: 'provider' }],
      warnings: [{ id: 'law_change_pending', citations: ['gl_1_scope'] }],
    });
    const after = edited(s02, { warnings: [{ id: 'recipient_holds_key', citations: ['gl_1_scope'] }] });
    expect(diffAssessments(before, after)).toEqual([
      { kind: 'checklist_added', id: first.id },
      { kind: 'checklist_removed', id: 'obtain_valid_consent' },
      { kind: 'warning_added', id: 'recipient_holds_key' },
      { kind: 'warning_removed', id: 'law_change_pending' },
    ]);
  });

  it('ignores order, citations and reasons, and counts a repeated id once', () => {
    const shuffled = edited(s02, {
      checklist: [...s02.checklist].reverse().map((item) => ({ ...item, citations: ['gl_1_scope'] as const })),
      bases: [...s02.bases].reverse().map((entry) => ({ ...entry, reasons: ['consent_obtainable'] as const })),
    });
    expect(diffAssessments(shuffled, s02)).toEqual([]);
    const doubled = edited(s02, { checklist: [...s02.checklist, ...s02.checklist], warnings: [] });
    const extra = edited(s02, { warnings: [{ id: 'guideline_silent', citations: ['gl_1_scope'] }, { id: 'guideline_silent', citations: ['gl_1_scope'] }] });
    expect(diffAssessments(doubled, extra)).toEqual([{ kind: 'warning_added', id: 'guideline_silent' }]);
  });

  it('reports a checklist item whose owner changed, but not against a result without owners (rule set 1)', () => {
    const [first] = s02.checklist;
    if (first === undefined) throw new Error('S02 has a checklist');
    const other = first.owner === 'provider' ? 'recipient' : 'provider';
    const before = edited(s02, { checklist: s02.checklist.map((item) => (item.id === first.id ? { ...item, owner: other } : item)) });
    expect(diffAssessments(before, s02)).toEqual([{ kind: 'checklist_owner', id: first.id, before: other, after: first.owner }]);
    const withoutOwners = { ...s02, checklist: s02.checklist.map(({ id, citations }) => ({ id, citations })) };
    expect(diffAssessments(withoutOwners, s02)).toEqual([]);
  });

  it('reports remedies added and removed; against a result without remedies (rule set 1) every remedy is added', () => {
    const remedy = (basis: Remedy['basis'], answer: string): Remedy => ({
      changes: [{ question: 'consent', answer }],
      assumes: [],
      kind: 'action',
      basis,
      verdict: 'recommended',
      conditional: false,
      citations: ['appi_27_1_consent'],
    });
    const a = remedy('consent', 'obtainable');
    const b = remedy('entrustment', 'obtainable');
    expect(diffAssessments(edited(s02, { remedies: [a] }), edited(s02, { remedies: [b, a] }))).toEqual([{ kind: 'remedy_added', remedy: b }]);
    expect(diffAssessments(edited(s02, { remedies: [a, b] }), edited(s02, { remedies: [structuredClone(a)] }))).toEqual([
      { kind: 'remedy_removed', remedy: b },
    ]);
    const { remedies: _none, ...ruleSet1Result } = edited(s02, { remedies: [] });
    expect(diffAssessments(ruleSet1Result, edited(s02, { remedies: [a, b] }))).toEqual([
      { kind: 'remedy_added', remedy: a },
      { kind: 'remedy_added', remedy: b },
    ]);
  });

  it('lists the kinds in a fixed order: basis, verdicts, checklist, owners, warnings, remedies', () => {
    const changes = diffAssessments(result('S01'), s02);
    const order: AssessmentChange['kind'][] = [
      'recommended_basis',
      'verdict',
      'checklist_added',
      'checklist_removed',
      'checklist_owner',
      'warning_added',
      'warning_removed',
      'remedy_added',
      'remedy_removed',
    ];
    const ranks = changes.map((change) => order.indexOf(change.kind));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(changes[0]).toEqual({ kind: 'recommended_basis', before: 'academic_exception', after: 'pseudonymized_joint_use' });
  });

  it('is empty exactly when the compared parts agree, and mirrors when the sides swap', () => {
    const ids = (items: readonly { id: string }[]) => [...new Set(items.map((item) => item.id))].sort();
    const verdicts = (a: Assessment) => Object.fromEntries(a.bases.map((entry) => [entry.basis, entry.verdict]));
    const owners = (a: Assessment, other: Assessment) =>
      a.checklist.filter((item) => other.checklist.some((o) => o.id === item.id)).map((item) => `${item.id}:${item.owner}`).sort();
    const remedies = (a: Assessment) => a.remedies.map((r) => JSON.stringify([r.basis, r.changes, r.assumes])).sort();
    fc.assert(
      fc.property(fullAnswers, fullAnswers, (x, y) => {
        const a = evaluate(pruneAnswers(x));
        const b = evaluate(pruneAnswers(y));
        const forward = diffAssessments(a, b);
        const agree =
          a.recommendedBasis === b.recommendedBasis &&
          JSON.stringify(verdicts(a)) === JSON.stringify(verdicts(b)) &&
          JSON.stringify(ids(a.checklist)) === JSON.stringify(ids(b.checklist)) &&
          JSON.stringify(ids(a.warnings)) === JSON.stringify(ids(b.warnings)) &&
          JSON.stringify(owners(a, b)) === JSON.stringify(owners(b, a)) &&
          JSON.stringify([...new Set(remedies(a))]) === JSON.stringify([...new Set(remedies(b))]);
        expect(forward.length === 0).toBe(agree);

        const mirrored = (change: AssessmentChange): string => {
          switch (change.kind) {
            case 'recommended_basis':
              return `basis ${String(change.after)} ${String(change.before)}`;
            case 'verdict':
              return `verdict ${change.basis} ${String(change.after)} ${String(change.before)}`;
            case 'checklist_added':
              return `checklist- ${change.id}`;
            case 'checklist_removed':
              return `checklist+ ${change.id}`;
            case 'warning_added':
              return `warning- ${change.id}`;
            case 'warning_removed':
              return `warning+ ${change.id}`;
            case 'checklist_owner':
              return `owner ${change.id} ${change.after} ${change.before}`;
            case 'remedy_added':
              return `remedy- ${JSON.stringify(change.remedy)}`;
            case 'remedy_removed':
              return `remedy+ ${JSON.stringify(change.remedy)}`;
          }
        };
        const plain = (change: AssessmentChange): string => {
          switch (change.kind) {
            case 'recommended_basis':
              return `basis ${String(change.before)} ${String(change.after)}`;
            case 'verdict':
              return `verdict ${change.basis} ${String(change.before)} ${String(change.after)}`;
            case 'checklist_added':
              return `checklist+ ${change.id}`;
            case 'checklist_removed':
              return `checklist- ${change.id}`;
            case 'warning_added':
              return `warning+ ${change.id}`;
            case 'warning_removed':
              return `warning- ${change.id}`;
            case 'checklist_owner':
              return `owner ${change.id} ${change.before} ${change.after}`;
            case 'remedy_added':
              return `remedy+ ${JSON.stringify(change.remedy)}`;
            case 'remedy_removed':
              return `remedy- ${JSON.stringify(change.remedy)}`;
          }
        };
        expect(diffAssessments(b, a).map(plain).sort()).toEqual(forward.map(mirrored).sort());
      }),
      { numRuns: 200 },
    );
  });
});
