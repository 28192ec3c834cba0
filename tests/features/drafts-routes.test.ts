import { describe, expect, it } from 'vitest';

import { draftKinds } from '../../src/features/drafts/kinds';
import { draftsForBasis, draftsForRoute } from '../../src/features/drafts/route-drafts';
import type { DraftKind } from '../../src/features/drafts/schema';
import { BasisId, evaluate, getQuestion } from '../../src/rules';
import type { AssessmentInput } from '../../src/rules';
import { coveringOptions, sampleInputs } from '../../scripts/lib/enumerate';
import { scenarios } from '../rules/fixtures';

const kinds = (needed: readonly { kind: DraftKind }[]) => needed.map((n) => n.kind);

/**
 * The drafts each route needs, written out by hand from the sources (guideline-reference.md, model.md), never from
 * the function: §3.2/§3.7 (publication and agreement before provision), §3.1/§3.8 (Rules 31 and 32 wherever 仮名加工
 * 情報 is created), §7 (the ethics guideline: a research plan for research on every route that carries research; a
 * notice with a chance to refuse where no consent is asked), Art. 29/30 with their exemptions and `record_provision`
 * (records wherever data goes to an outside party), §10.2 (Rule 17 information before consent to a recipient abroad
 * without an adequate regime or a Rule 16 system).
 */
function expected(basis: BasisId, recipient: AssessmentInput['recipientType'], foreign: AssessmentInput['foreignRecipient']): Set<DraftKind> {
  const out = new Set<DraftKind>();
  const outside = recipient !== undefined && recipient !== 'same_institution' && recipient !== 'regulator';
  if (basis === 'pseudonymized_joint_use') ['joint_use_publication', 'joint_use_agreement', 'processing_plan', 'deletion_info_rules'].forEach((k) => out.add(k as DraftKind));
  if (basis === 'personal_data_joint_use') out.add('joint_use_agreement');
  if (basis === 'pseudonymized_internal_use') ['processing_plan', 'deletion_info_rules'].forEach((k) => out.add(k as DraftKind));
  if (['academic_exception', 'public_health_exception', 'consent', 'entrustment', 'pseudonymized_joint_use', 'pseudonymized_internal_use'].includes(basis)) out.add('research_plan_pi_section');
  if (basis === 'academic_exception' || basis === 'public_health_exception') out.add('disclosure_notice');
  if (outside && basis !== 'opt_out') ['provision_record', 'receipt_record'].forEach((k) => out.add(k as DraftKind));
  if (basis === 'consent' && foreign === 'other_country') out.add('foreign_provision_info');
  return out;
}

describe('draftsForBasis over its whole input space (basis × recipient × recipient abroad)', () => {
  const recipients = [undefined, ...getQuestion('recipientType').options] as AssessmentInput['recipientType'][];
  const foreign = [undefined, ...getQuestion('foreignRecipient').options] as AssessmentInput['foreignRecipient'][];
  const cases = BasisId.options.flatMap((basis) => recipients.flatMap((recipient) => foreign.map((f) => [basis, recipient, f] as const)));

  it(`gives each of the ${String(cases.length)} combinations the drafts the sources call for, once each`, () => {
    for (const [basis, recipientType, foreignRecipient] of cases) {
      const answers: AssessmentInput = { ...(recipientType === undefined ? {} : { recipientType }), ...(foreignRecipient === undefined ? {} : { foreignRecipient }) };
      const got = kinds(draftsForBasis(basis, answers));
      expect(new Set(got), `${basis} ${String(recipientType)} ${String(foreignRecipient)}`).toEqual(expected(basis, recipientType, foreignRecipient));
      expect(got).toHaveLength(new Set(got).size);
    }
  });

  it('says the record is a duty only on consent (Art. 29/30), good practice otherwise', () => {
    const company: AssessmentInput = { recipientType: 'company' };
    expect(draftsForBasis('consent', company)).toContainEqual({ kind: 'provision_record', why: 'record_statutory' });
    expect(draftsForBasis('consent', company)).toContainEqual({ kind: 'receipt_record', why: 'receipt_statutory' });
    for (const basis of BasisId.options.filter((b) => b !== 'consent' && b !== 'opt_out')) {
      expect(draftsForBasis(basis, company)).toContainEqual({ kind: 'provision_record', why: 'record_good_practice' });
    }
  });
});

/** The scenarios kept for review: the drafts each route gets, written out from the reasoning in scenarios.json. */
const byScenario: Record<string, DraftKind[]> = {
  S01: ['research_plan_pi_section', 'disclosure_notice', 'provision_record', 'receipt_record'],
  S02: ['joint_use_publication', 'joint_use_agreement', 'processing_plan', 'deletion_info_rules', 'research_plan_pi_section', 'provision_record', 'receipt_record'],
  S04: ['provision_record', 'receipt_record'],
  S06: ['research_plan_pi_section', 'provision_record', 'receipt_record'],
  S07: ['research_plan_pi_section', 'disclosure_notice', 'provision_record', 'receipt_record'],
  S08: [],
  S10: ['processing_plan', 'deletion_info_rules', 'research_plan_pi_section'],
};

describe('the worked scenarios', () => {
  it.each(Object.entries(byScenario))('%s gets the drafts its route needs, in the page order', (id, want) => {
    const input = scenarios.find((s) => s.id === id)?.input;
    if (input === undefined) throw new Error(`no scenario ${id}`);
    const route = draftsForRoute(input, evaluate(input), draftKinds);
    expect(kinds(route.needed)).toEqual(want);
  });

  it('S01: the academic exception ends at 探索; from 開発 the page names the pseudonymized joint-use drafts', () => {
    const input = scenarios.find((s) => s.id === 'S01')?.input ?? {};
    const route = draftsForRoute(input, evaluate(input), draftKinds);
    expect(route.later[0]?.stage).toBe('development');
    expect(route.later[0]?.basis).toBe('pseudonymized_joint_use');
    expect(kinds(route.later[0]?.needed ?? [])).toContain('joint_use_agreement');
  });

  it('S08: no basis, so it names what each remedy route would need instead of leaving the page empty', () => {
    const input = scenarios.find((s) => s.id === 'S08')?.input ?? {};
    const result = evaluate(input);
    const route = draftsForRoute(input, result, draftKinds);
    expect(route.alternatives.map((a) => a.basis).sort()).toEqual([...new Set(result.remedies.map((r) => r.basis))].sort());
    expect(route.alternatives.find((a) => a.basis === 'consent')?.needed.map((n) => n.kind)).toContain('research_plan_pi_section');
  });

  it('deceased patients only: no APPI basis, but the ethics guideline still needs the research plan', () => {
    const input: AssessmentInput = { ...(scenarios.find((s) => s.id === 'S02')?.input ?? {}), dataSubjects: 'deceased_only', dataTypes: ['dicom_images'] };
    const result = evaluate(input);
    expect(result.recommendedBasis).toBeNull();
    expect(draftsForRoute(input, result, draftKinds).needed).toEqual([{ kind: 'research_plan_pi_section', why: 'ethics_plan_deceased' }]);
  });
});

describe('sampled assessments (2,000 from the covering space): the drafts follow the rules’ result', () => {
  const inputs = [...sampleInputs(coveringOptions, 2_000, 12)];

  // About 3 s on an idle machine; the allowance is for a shared, loaded one.
  it('no route without a draft it needs, and none offered that it does not need', { timeout: 60_000 }, () => {
    let withDrafts = 0;
    for (const input of inputs) {
      const result = evaluate(input);
      const route = draftsForRoute(input, result, draftKinds);
      const got = new Set(kinds(route.needed));
      const basis = result.recommendedBasis;
      const label = JSON.stringify(input);
      if (basis === null) {
        expect(got, label).toEqual(input.dataSubjects === 'deceased_only' && result.inScope ? new Set(['research_plan_pi_section']) : new Set());
        continue;
      }
      withDrafts += got.size > 0 ? 1 : 0;
      expect(got, label).toEqual(expected(basis, input.recipientType, input.foreignRecipient));
      // The model's own record item and the record drafts agree.
      expect(got.has('provision_record'), label).toBe(result.checklist.some((item) => item.id === 'record_provision'));
      // Consent abroad without an adequate regime: the model's Rule 17 item and the draft agree.
      if (basis === 'consent') expect(got.has('foreign_provision_info'), label).toBe(result.checklist.some((item) => item.id === 'foreign_consent_information'));
      // Each later stage named differs from the one before it and has a recommended basis.
      for (const later of route.later) expect(result.timeline.find((entry) => entry.stage === later.stage)?.recommendedBasis).toBe(later.basis);
    }
    expect(withDrafts).toBeGreaterThan(inputs.length / 4);
  });
});
