/**
 * Rule sets, each tied to the law it encodes. A rule set for the 2026 APPI amendment (令和8年法律第56号) will be
 * added beside this one once its main provisions have a commencement date and their cabinet order and PPC rules
 * exist; until then nothing here relies on it, and the `law_change_pending` warning says so.
 */
export interface RuleSet {
  readonly version: string;
  /** The first day on which the law this set encodes applies (ISO date). */
  readonly effectiveFrom: string;
  /** The day after which it no longer applies, once a successor is in force (ISO date), or null. */
  readonly effectiveUntil: string | null;
  readonly guideline: string;
  readonly law: string;
}

export const ruleSets: readonly RuleSet[] = [
  {
    // Rule set 2 corrects rule set 1 under the same law (foreign recipients, public bodies, the regulator and
    // 仮名加工情報, deceased patients, remedies: guideline-reference.md §10), so it replaces it from the same date.
    version: '2024.09-appi2022.2',
    effectiveFrom: '2022-04-01',
    effectiveUntil: null,
    guideline: '医療デジタルデータのAI研究開発等への利活用に係るガイドライン (2024-03; circulated by MHLW 事務連絡 2024-09-30)',
    law: 'APPI as amended in 2020 and 2021, in force since 2022-04-01 (2026 amendment promulgated, not in force)',
  },
];

/**
 * Earlier rule sets for the same law that the current one replaces. A file or link that names one of them is
 * evaluated again under the current rules, and the user is shown what changed; its answers are migrated first
 * (`migrateAnswers`).
 */
export const supersededRuleSets: readonly string[] = ['2024.09-appi2022.1'];

/**
 * The rule set in force on a date (ISO yyyy-mm-dd, passed in: the rules never read the clock). `sets` is for tests
 * of successions that do not exist yet (the 2026 amendment's rule set will end the current one's period).
 */
export function ruleSetFor(isoDate: string, sets: readonly RuleSet[] = ruleSets): RuleSet | null {
  return (
    sets.find((set) => set.effectiveFrom <= isoDate && (set.effectiveUntil === null || isoDate < set.effectiveUntil)) ??
    null
  );
}

const current = ruleSets[ruleSets.length - 1];
if (current === undefined) throw new Error('No rule set defined');
export const currentRuleSet: RuleSet = current;
export const rulesVersion: string = current.version;
