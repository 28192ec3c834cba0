import { evaluate, nextQuestion, nextSteps, stages, stepPriority } from '../../rules';
import type { Assessment, AssessmentInput, BasisId, ChecklistId, Owner, StageId, StepTiming } from '../../rules';

/**
 * The pure model of a project overview: parties, the flows × stages matrix, the combined checklist and the joint
 * users. Every verdict comes from the rules' `evaluate`, one call per flow (its timeline already holds all seven
 * stages); this module only arranges what the rules said. Ids out; the pages translate.
 */

export interface FlowInput {
  readonly label: string;
  readonly answers: AssessmentInput;
  readonly ticks: readonly ChecklistId[];
}

export interface EvaluatedFlow extends FlowInput {
  /** Position in the project, from 0: flows are named by label and number, as the file loader does. */
  readonly index: number;
  /** The rules' result; null while questions on the flow's path are open. */
  readonly result: Assessment | null;
}

const resultCache = new WeakMap<AssessmentInput, Assessment | null>();

/**
 * The flow's result, or null for an incomplete flow. Cached by the answers object: stores replace it on every
 * change, so a cached result is never stale, and re-rendering an overview does not evaluate again.
 */
export function resultOf(answers: AssessmentInput): Assessment | null {
  const cached = resultCache.get(answers);
  if (cached !== undefined) return cached;
  const result = nextQuestion(answers) === null ? evaluate(answers) : null;
  resultCache.set(answers, result);
  return result;
}

export function evaluateFlows(flows: readonly FlowInput[]): EvaluatedFlow[] {
  return flows.map((flow, index) => ({ ...flow, index, result: resultOf(flow.answers) }));
}

// ------------------------------------------------------------------------------------------------------ parties

export type PartyRole = 'provider' | 'recipient';

/**
 * A party of the project. Parties are named by the flow labels ("A病院 → B社"), so the same name in several flows
 * is one party. A label without an arrow names no one: its two sides stay parties of that flow alone. The
 * principal investigator (checklist owner `researcher`) is one party for the whole project.
 */
export type PartyRef =
  | { readonly kind: 'named'; readonly name: string }
  | { readonly kind: 'side'; readonly flowIndex: number; readonly role: PartyRole }
  | { readonly kind: 'researcher' };

export const partyKey = (party: PartyRef): string => {
  switch (party.kind) {
    case 'named':
      return `named:${party.name}`;
    case 'side':
      return `side:${String(party.flowIndex)}:${party.role}`;
    case 'researcher':
      return 'researcher';
  }
};

const ARROW = /\s*(?:→|⇒|->|=>)\s*/u;

/** "A病院 → B社" → provider "A病院", recipient "B社"; null when the label does not name both sides. */
export function splitLabel(label: string): { readonly provider: string; readonly recipient: string } | null {
  const parts = label.split(ARROW);
  if (parts.length !== 2) return null;
  const [provider = '', recipient = ''] = parts.map((part) => part.trim());
  return provider === '' || recipient === '' ? null : { provider, recipient };
}

/** The label for a flow between two named parties, as the add-flow form writes it. */
export const flowLabel = (provider: string, recipient: string): string => `${provider.trim()} → ${recipient.trim()}`;

export function sideOf(flow: Pick<EvaluatedFlow, 'label' | 'index'>, role: PartyRole): PartyRef {
  const names = splitLabel(flow.label);
  return names === null ? { kind: 'side', flowIndex: flow.index, role } : { kind: 'named', name: names[role] };
}

export type PartyType = NonNullable<AssessmentInput['recipientType']>;
export type PartySector = NonNullable<AssessmentInput['providerSector']>;

export interface Party {
  readonly ref: PartyRef;
  readonly key: string;
  readonly roles: readonly PartyRole[];
  /** Operator types the flows give this party (providerType / recipientType answers); more than one is a mismatch. */
  readonly types: readonly PartyType[];
  /** The provider sector answers for this party (asked of providers only). */
  readonly sectors: readonly PartySector[];
  /** The flows (indices) this party takes part in. */
  readonly flows: readonly number[];
}

const pushNew = <T>(list: T[], value: T | undefined): void => {
  if (value !== undefined && !list.includes(value)) list.push(value);
};

/** Every party once, in order of first appearance (a flow's provider before its recipient). */
export function projectParties(flows: readonly EvaluatedFlow[]): Party[] {
  const parties = new Map<string, { ref: PartyRef; roles: PartyRole[]; types: PartyType[]; sectors: PartySector[]; flows: number[] }>();
  for (const flow of flows) {
    for (const role of ['provider', 'recipient'] as const) {
      const ref = sideOf(flow, role);
      const key = partyKey(ref);
      const party = parties.get(key) ?? { ref, roles: [], types: [], sectors: [], flows: [] };
      parties.set(key, party);
      pushNew(party.roles, role);
      pushNew(party.flows, flow.index);
      pushNew(party.types, role === 'provider' ? flow.answers.providerType : flow.answers.recipientType);
      if (role === 'provider') pushNew(party.sectors, flow.answers.providerSector);
    }
  }
  return [...parties.entries()].map(([key, party]) => ({ key, ...party }));
}

// ------------------------------------------------------------------------------------------------------- matrix

/**
 * How much a flow needs attention, most first: questions still open; no recommended basis at the project's stage;
 * a recommendation that comes with warnings; nothing to flag.
 */
export const FlowStatus = ['incomplete', 'no_basis', 'warnings', 'ok'] as const;
export type FlowStatus = (typeof FlowStatus)[number];

export function flowStatus(flow: EvaluatedFlow): FlowStatus {
  if (flow.result === null) return 'incomplete';
  if (flow.result.recommendedBasis === null) return 'no_basis';
  return flow.result.warnings.length > 0 ? 'warnings' : 'ok';
}

export interface MatrixCell {
  readonly stage: StageId;
  readonly basis: BasisId | null;
  /** The stage the flow was assessed at (the project's stage). */
  readonly current: boolean;
}

export interface MatrixRow {
  readonly flow: EvaluatedFlow;
  readonly status: FlowStatus;
  /** One cell per stage in the rules' order; null for an incomplete flow. */
  readonly cells: readonly MatrixCell[] | null;
}

/** Flows × the seven stages; the flows that need attention first, otherwise in project order. */
export function stageMatrix(flows: readonly EvaluatedFlow[]): MatrixRow[] {
  const rows = flows.map((flow): MatrixRow => {
    const { result } = flow;
    const cells =
      result === null
        ? null
        : stages.map((stage) => ({
            stage,
            basis: result.timeline.find((entry) => entry.stage === stage)?.recommendedBasis ?? null,
            current: stage === result.stage,
          }));
    return { flow, status: flowStatus(flow), cells };
  });
  // Array.prototype.sort is stable, so equal statuses keep the project's order.
  return rows.sort((a, b) => FlowStatus.indexOf(a.status) - FlowStatus.indexOf(b.status));
}

// ------------------------------------------------------------------------------------------- combined checklist

export const timingOrder: readonly StepTiming[] = ['now', 'before_provision', 'next_stage_gate', 'after_provision'];

export interface CombinedItem {
  readonly id: ChecklistId;
  readonly owner: Owner;
  readonly party: PartyRef;
  readonly timing: StepTiming;
  /** The flows (indices) whose checklist holds this task for this party. */
  readonly flows: readonly number[];
  /** Ticked in every one of those flows. */
  readonly ticked: boolean;
}

export interface CombinedGroup {
  readonly party: PartyRef;
  readonly key: string;
  readonly timings: readonly { readonly timing: StepTiming; readonly items: readonly CombinedItem[] }[];
}

const partiesForOwner = (flow: EvaluatedFlow, owner: Owner): PartyRef[] => {
  switch (owner) {
    case 'provider':
      return [sideOf(flow, 'provider')];
    case 'recipient':
      return [sideOf(flow, 'recipient')];
    // A task for both sides is each side's task: each party sees it in its own list, and a tick covers the flow.
    case 'both':
      return [sideOf(flow, 'provider'), sideOf(flow, 'recipient')];
    case 'researcher':
      return [{ kind: 'researcher' }];
  }
};

/**
 * Every flow's checklist in one: the same task (checklist id) for the same party appears once, naming every flow
 * that needs it. Grouped by party (the principal investigator first, then the parties as they appear) and, within
 * a party, by when the task falls due; within a timing, in the rules' step order.
 */
export function combinedChecklist(flows: readonly EvaluatedFlow[]): CombinedGroup[] {
  const items = new Map<string, { id: ChecklistId; owner: Owner; party: PartyRef; timing: StepTiming; flows: number[] }>();
  for (const flow of flows) {
    if (flow.result === null) continue;
    // Every item with its timing: the next steps with nothing done and no limit.
    for (const step of nextSteps(flow.result.checklist, new Set(), Number.POSITIVE_INFINITY)) {
      for (const party of partiesForOwner(flow, step.owner)) {
        const key = `${partyKey(party)}|${step.id}`;
        const item = items.get(key) ?? { id: step.id, owner: step.owner, party, timing: step.timing, flows: [] };
        items.set(key, item);
        pushNew(item.flows, flow.index);
      }
    }
  }
  const tickedIn = (id: ChecklistId, indices: readonly number[]) => indices.every((i) => flows.find((f) => f.index === i)?.ticks.includes(id) === true);

  const partyOrder: string[] = ['researcher'];
  for (const flow of flows) for (const role of ['provider', 'recipient'] as const) pushNew(partyOrder, partyKey(sideOf(flow, role)));

  return partyOrder.flatMap((key): CombinedGroup[] => {
    const mine = [...items.values()].filter((item) => partyKey(item.party) === key);
    const first = mine[0];
    if (first === undefined) return [];
    const timings = timingOrder.flatMap((timing) => {
      const due = mine
        .filter((item) => item.timing === timing)
        .sort((a, b) => stepPriority.indexOf(a.id) - stepPriority.indexOf(b.id))
        .map((item): CombinedItem => ({ ...item, ticked: tickedIn(item.id, item.flows) }));
      return due.length === 0 ? [] : [{ timing, items: due }];
    });
    return [{ party: first.party, key, timings }];
  });
}

// ------------------------------------------------------------------------------------------------- joint use

export interface ProjectJointUse {
  /** The flows whose recommended basis at the project's stage is 仮名加工情報 joint use. */
  readonly flows: readonly EvaluatedFlow[];
  /** Every joint user once: the providers and recipients of those flows, in order of appearance. */
  readonly users: readonly PartyRef[];
}

export function projectJointUse(flows: readonly EvaluatedFlow[]): ProjectJointUse {
  const using = flows.filter((flow) => flow.result?.recommendedBasis === 'pseudonymized_joint_use');
  const users = new Map<string, PartyRef>();
  for (const flow of using) {
    for (const role of ['provider', 'recipient'] as const) {
      const ref = sideOf(flow, role);
      if (!users.has(partyKey(ref))) users.set(partyKey(ref), ref);
    }
  }
  return { flows: using, users: [...users.values()] };
}
