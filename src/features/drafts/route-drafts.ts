import type { Assessment, AssessmentInput, BasisId, StageId } from '../../rules';
import type { DraftKind } from './schema';

/**
 * Why a route needs a draft: one id per rule below, each with a sentence in locales/<lng>/drafts.json
 * (`why.<id>`), so the page can say which drafts the route needs and why.
 */
export type DraftWhy =
  | 'publish_before_joint_use'
  | 'creates_pseudonymized'
  | 'joint_use_terms'
  | 'ethics_plan'
  | 'ethics_plan_deceased'
  | 'informed_may_refuse'
  | 'record_statutory'
  | 'record_good_practice'
  | 'receipt_statutory'
  | 'receipt_good_practice'
  | 'foreign_consent_information';

export interface NeededDraft {
  readonly kind: DraftKind;
  readonly why: DraftWhy;
}

/** The routes an ethics application's personal-information section is written for (issue: "per route"). */
const PLAN_BASES: readonly BasisId[] = [
  'academic_exception',
  'pseudonymized_joint_use',
  'pseudonymized_internal_use',
  'consent',
  'public_health_exception',
  'entrustment',
];

const isExternal = (answers: AssessmentInput): boolean =>
  answers.recipientType !== undefined && answers.recipientType !== 'same_institution' && answers.recipientType !== 'regulator';

/**
 * The drafts a legal basis needs, for these answers. Pure and total over the basis ids, so an exhaustive test can
 * walk the input space. Sources, per draft:
 * - joint-use publication, agreement: Art. 41(6) reading 27(5)(iii), PPC Q14-18, the PPC's recommended contract
 *   points (reference §3.2, §3.7 steps 5–6);
 * - processing plan and 削除情報等 rules: Rules 31 and 32, wherever the provider creates 仮名加工情報 (§3.1, §3.8);
 * - research plan: the ethics guideline applies to research under every route that can carry research (§7);
 * - disclosure notice: where no consent is asked (academic, public-health exceptions) the ethics guideline informs
 *   and lets people refuse (§7; reference: its exact clause is UNCONFIRMED, the draft says so);
 * - provision and receipt records: Art. 29/30 for a provision on consent (Art. 27(1) principle or Art. 28); exempt
 *   for Art. 27(1) items and 27(5) cases, where the model still asks for a record wherever data goes to an outside
 *   party (`record_provision`, §6 item 9; not for the regulator, as the checklist has it); opt-out is never drafted,
 *   since it is closed to 要配慮個人情報;
 * - foreign-provision information: consent to a recipient in a country without an adequate regime or a Rule 16
 *   system needs the Rule 17 information first (§10.2).
 */
export function draftsForBasis(basis: BasisId, answers: AssessmentInput): NeededDraft[] {
  const needed: NeededDraft[] = [];
  const external = isExternal(answers);
  if (basis === 'pseudonymized_joint_use') needed.push({ kind: 'joint_use_publication', why: 'publish_before_joint_use' });
  if (basis === 'pseudonymized_joint_use' || basis === 'pseudonymized_internal_use') {
    needed.push({ kind: 'processing_plan', why: 'creates_pseudonymized' }, { kind: 'deletion_info_rules', why: 'creates_pseudonymized' });
  }
  if (basis === 'pseudonymized_joint_use' || basis === 'personal_data_joint_use') needed.push({ kind: 'joint_use_agreement', why: 'joint_use_terms' });
  if (PLAN_BASES.includes(basis)) needed.push({ kind: 'research_plan_pi_section', why: 'ethics_plan' });
  if (basis === 'academic_exception' || basis === 'public_health_exception') needed.push({ kind: 'disclosure_notice', why: 'informed_may_refuse' });
  if (external && basis !== 'opt_out') {
    const statutory = basis === 'consent';
    needed.push(
      { kind: 'provision_record', why: statutory ? 'record_statutory' : 'record_good_practice' },
      { kind: 'receipt_record', why: statutory ? 'receipt_statutory' : 'receipt_good_practice' },
    );
  }
  if (basis === 'consent' && answers.foreignRecipient === 'other_country') needed.push({ kind: 'foreign_provision_info', why: 'foreign_consent_information' });
  return needed;
}

export interface RouteDrafts {
  /** The drafts the recommended basis at the assessed stage needs, in the page's order. */
  readonly needed: readonly NeededDraft[];
  /**
   * Where nothing is recommended: the routes the result's remedies lead to, each with the drafts it would need, so
   * the page can still say what to prepare once a route is chosen.
   */
  readonly alternatives: readonly { readonly basis: BasisId; readonly needed: readonly NeededDraft[] }[];
  /** Later stages whose recommended basis differs from the assessed stage's, with the drafts that basis needs. */
  readonly later: readonly { readonly stage: StageId; readonly basis: BasisId; readonly needed: readonly NeededDraft[] }[];
}

const inOrder = (needed: readonly NeededDraft[], order: readonly DraftKind[]): NeededDraft[] =>
  [...needed].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));

/**
 * Which drafts the assessed route needs, from the rules' recommended basis per stage. Deceased patients only: the
 * APPI bases do not apply, but the ethics guideline does (reference §10.5), so the research plan is still needed.
 */
export function draftsForRoute(answers: AssessmentInput, result: Assessment, order: readonly DraftKind[]): RouteDrafts {
  const basis = result.recommendedBasis;
  const needed: NeededDraft[] =
    basis !== null
      ? draftsForBasis(basis, answers)
      : answers.dataSubjects === 'deceased_only' && result.inScope
        ? [{ kind: 'research_plan_pi_section', why: 'ethics_plan_deceased' }]
        : [];
  const alternatives =
    basis === null
      ? [...new Set(result.remedies.map((remedy) => remedy.basis))].map((alternative) => ({
          basis: alternative,
          needed: inOrder(draftsForBasis(alternative, answers), order),
        }))
      : [];
  const stageIndex = result.timeline.findIndex((entry) => entry.stage === result.stage);
  const later: { stage: StageId; basis: BasisId; needed: NeededDraft[] }[] = [];
  let previous = basis;
  for (const entry of result.timeline.slice(stageIndex + 1)) {
    if (entry.recommendedBasis !== null && entry.recommendedBasis !== previous) {
      later.push({ stage: entry.stage, basis: entry.recommendedBasis, needed: inOrder(draftsForBasis(entry.recommendedBasis, answers), order) });
    }
    previous = entry.recommendedBasis;
  }
  return { needed: inOrder(needed, order), alternatives, later };
}
