import { describe, expect, it } from 'vitest';

import { parseProjectFile, serializeProjectFile, toProjectFile } from '../../src/features/projects/file';
import {
  combinedChecklist,
  evaluateFlows,
  flowLabel,
  projectJointUse,
  projectParties,
  splitLabel,
  stageMatrix,
} from '../../src/features/projects/overview';
import type { FlowInput } from '../../src/features/projects/overview';
import { findProject, projectViews } from '../../src/features/projects/projects';
import { changedSharedAnswers, projectSharedAnswers, sharedDifferences } from '../../src/features/projects/shared';
import type { SavedAssessment } from '../../src/features/assessments/schema';
import type { AssessmentInput } from '../../src/rules';
import { centralCase } from '../rules/fixtures';

/** Pseudonymized data from a hospital to a company: the guideline's joint-use model (ch.6). */
const pseudonymized = (overrides: AssessmentInput = {}): AssessmentInput => {
  const { consent: _c, publicHealthNeed: _p, ...rest } = centralCase;
  return { ...rest, dataState: 'pseudonymized', ...overrides };
};

const flow = (label: string, answers: AssessmentInput, ticks: FlowInput['ticks'] = []): FlowInput => ({ label, answers, ticks });

/** Three hospitals giving 仮名加工情報 to one company, and a fourth flow still being answered. */
const threeHospitals = [
  flow('A大学病院 → B社', pseudonymized({ providerType: 'academic_medical' })),
  flow('C病院 → B社', pseudonymized({ providerType: 'non_academic_medical' }), ['no_reidentification_no_contact']),
  flow('D市民病院 → B社', pseudonymized({ providerType: 'non_academic_medical', providerSector: 'public_body' })),
];

describe('flow labels name the parties', () => {
  it('splits provider and recipient at the arrow', () => {
    expect(splitLabel('A病院 → B社')).toEqual({ provider: 'A病院', recipient: 'B社' });
    expect(splitLabel('A hospital -> B Inc.')).toEqual({ provider: 'A hospital', recipient: 'B Inc.' });
    expect(splitLabel(flowLabel(' A ', ' B '))).toEqual({ provider: 'A', recipient: 'B' });
  });
  it('names no one when a side is missing or there are several arrows', () => {
    expect(splitLabel('CT study')).toBeNull();
    expect(splitLabel('A → ')).toBeNull();
    expect(splitLabel('A → B → C')).toBeNull();
  });
});

describe('shared answers', () => {
  it('takes the first answer given to each shared question, and only shared questions', () => {
    const shared = projectSharedAnswers([{ providerType: 'company' }, { stage: 'exploration', purpose: 'academic_only' }, { stage: 'development' }]);
    expect(shared).toEqual({ stage: 'exploration', purpose: 'academic_only' });
  });
  it('lists the shared questions flows answer differently, ignoring unanswered ones', () => {
    expect(sharedDifferences([{ stage: 'exploration', dataTypes: ['genome'] }, { stage: 'development', dataTypes: ['genome'] }, {}])).toEqual(['stage']);
    expect(sharedDifferences([{ providerType: 'company' }, { providerType: 'academic_medical' }])).toEqual([]);
  });
  it('sees a change of a shared answer, not of a party answer', () => {
    expect(changedSharedAnswers({ stage: 'exploration', providerType: 'company' }, { stage: 'development', providerType: 'academic_medical' })).toEqual({
      stage: 'development',
    });
    expect(changedSharedAnswers({ dataTypes: ['genome'] }, { dataTypes: ['genome'] })).toEqual({});
  });
});

describe('parties', () => {
  it('lists each institution once, with its roles, types, sectors and flows', () => {
    const parties = projectParties(evaluateFlows(threeHospitals));
    expect(parties.map((p) => p.key)).toEqual(['named:A大学病院', 'named:B社', 'named:C病院', 'named:D市民病院']);
    const company = parties.find((p) => p.key === 'named:B社');
    expect(company).toMatchObject({ roles: ['recipient'], types: ['company'], sectors: [], flows: [0, 1, 2] });
    expect(parties.find((p) => p.key === 'named:D市民病院')).toMatchObject({ roles: ['provider'], types: ['non_academic_medical'], sectors: ['public_body'] });
  });
  it('keeps the two sides of an unlabelled flow apart', () => {
    const parties = projectParties(evaluateFlows([flow('', centralCase)]));
    expect(parties.map((p) => p.key)).toEqual(['side:0:provider', 'side:0:recipient']);
  });
});

describe('flows × stages matrix', () => {
  it('puts flows that need attention first and keeps the project order otherwise', () => {
    const flows = evaluateFlows([
      ...threeHospitals,
      flow('E病院 → B社', { dataOrigin: 'clinical_care' }),
      // A company holding identifiable data, consent difficult, product only: nothing fits at any stage.
      flow('F社 → B社', { ...centralCase, providerType: 'company' }),
    ]);
    const rows = stageMatrix(flows);
    expect(rows.map((row) => [row.flow.label, row.status])).toEqual([
      ['E病院 → B社', 'incomplete'],
      ['F社 → B社', 'no_basis'],
      ['A大学病院 → B社', 'warnings'],
      ['C病院 → B社', 'warnings'],
      ['D市民病院 → B社', 'warnings'],
    ]);
    expect(rows[0]?.cells).toBeNull();
  });
  it('has a cell per stage, marking the project stage, with the basis of the timeline', () => {
    const [row] = stageMatrix(evaluateFlows([threeHospitals[0] ?? flow('', {})]));
    expect(row?.cells?.map((cell) => cell.stage)).toEqual([
      'basic_research',
      'exploration',
      'development',
      'performance_evaluation',
      'application_preparation',
      'regulatory_review',
      'post_market',
    ]);
    expect(row?.cells?.filter((cell) => cell.current).map((cell) => cell.stage)).toEqual(['development']);
    // Pseudonymized joint use carries the project from basic research to the approval application; the regulator's
    // review and post-market work need another route (guideline ch.6).
    expect(row?.cells?.find((cell) => cell.stage === 'development')?.basis).toBe('pseudonymized_joint_use');
    expect(row?.cells?.find((cell) => cell.stage === 'regulatory_review')?.basis).toBeNull();
  });
});

describe('combined checklist', () => {
  const groups = combinedChecklist(evaluateFlows(threeHospitals));
  const group = (key: string) => groups.find((g) => g.key === key);
  const items = (key: string) => group(key)?.timings.flatMap((timing) => timing.items) ?? [];

  it('groups by party: the principal investigator first, then the parties as they appear', () => {
    expect(groups.map((g) => g.key)).toEqual(['researcher', 'named:A大学病院', 'named:B社', 'named:C病院', 'named:D市民病院']);
  });
  it('merges the same task for the same party across flows and names the flows', () => {
    const recipientTask = items('named:B社').find((item) => item.id === 'no_reidentification_no_contact');
    expect(recipientTask?.flows).toEqual([0, 1, 2]);
    expect(items('researcher').map((item) => [item.id, item.flows])).toEqual([['ethics_review', [0, 1, 2]]]);
  });
  it('keeps each provider its own publication, and gives a task for both sides to each side', () => {
    expect(items('named:A大学病院').find((item) => item.id === 'publish_joint_use_items')?.flows).toEqual([0]);
    expect(items('named:C病院').find((item) => item.id === 'publish_joint_use_items')?.flows).toEqual([1]);
    expect(items('named:B社').find((item) => item.id === 'joint_use_agreement')?.flows).toEqual([0, 1, 2]);
    expect(items('named:C病院').find((item) => item.id === 'joint_use_agreement')?.flows).toEqual([1]);
  });
  it('orders timings before provision, then after', () => {
    expect(group('named:B社')?.timings.map((t) => t.timing)).toEqual(['before_provision', 'after_provision']);
  });
  it('counts an item ticked only when every flow that needs it has it ticked', () => {
    // Only the C病院 flow ticked the recipient's duty, so B社's merged item is still open.
    expect(items('named:B社').find((item) => item.id === 'no_reidentification_no_contact')?.ticked).toBe(false);
    const allTicked = combinedChecklist(evaluateFlows(threeHospitals.map((f) => ({ ...f, ticks: ['no_reidentification_no_contact'] }))));
    const merged = allTicked.find((g) => g.key === 'named:B社')?.timings.flatMap((t) => t.items).find((i) => i.id === 'no_reidentification_no_contact');
    expect(merged?.ticked).toBe(true);
  });
  it('leaves incomplete flows out', () => {
    expect(combinedChecklist(evaluateFlows([flow('A → B', { dataOrigin: 'clinical_care' })]))).toEqual([]);
  });
});

describe('joint use across the project', () => {
  it('lists every joint user once, from the flows that use 仮名加工情報 joint use', () => {
    const jointUse = projectJointUse(
      evaluateFlows([...threeHospitals, flow('A大学病院 → G社', { ...centralCase, dataState: 'identifiable', recipientOwnUse: 'no' })]),
    );
    expect(jointUse.flows.map((f) => f.label)).toEqual(['A大学病院 → B社', 'C病院 → B社', 'D市民病院 → B社']);
    expect(jointUse.users).toEqual([
      { kind: 'named', name: 'A大学病院' },
      { kind: 'named', name: 'B社' },
      { kind: 'named', name: 'C病院' },
      { kind: 'named', name: 'D市民病院' },
    ]);
  });
});

describe('project file', () => {
  const file = { kind: 'project', name: '胸部CT', flows: threeHospitals.map((f) => ({ label: f.label, input: f.answers })) };

  it('reads model.md’s format and survives a round trip with ticks', () => {
    const parsed = parseProjectFile(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.flows.map((f) => f.label)).toEqual(threeHospitals.map((f) => f.label));
    const exported = toProjectFile({ name: '胸部CT', flows: threeHospitals });
    expect(exported.flows[1]?.ticks).toEqual(['no_reidentification_no_contact']);
    expect(exported.flows[0]).not.toHaveProperty('ticks');
    const again = parseProjectFile(serializeProjectFile(exported));
    expect(again.ok && again.file).toEqual(exported);
  });

  it('names every bad flow by number and label and imports nothing', () => {
    const bad = {
      ...file,
      flows: [file.flows[0], { label: 'C病院 → B社', input: { ...threeHospitals[1]?.answers, stage: 'launch' } }, { input: {} }, 'x'],
    };
    const parsed = parseProjectFile(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (parsed.ok || parsed.problem.kind !== 'invalid') throw new Error('expected invalid');
    expect(parsed.problem.issues.map((issue) => [issue.flow?.index, issue.flow?.label, issue.path])).toEqual([
      [1, 'C病院 → B社', 'input.stage'],
      [2, null, 'label'],
      [3, null, '(root)'],
    ]);
  });

  it('refuses what is not a project, not JSON, empty or too large', () => {
    expect(parseProjectFile('{')).toEqual({ ok: false, problem: { kind: 'not_json' } });
    expect(parseProjectFile(JSON.stringify({ input: centralCase }))).toEqual({ ok: false, problem: { kind: 'not_a_project' } });
    const empty = parseProjectFile(JSON.stringify({ ...file, flows: [] }));
    expect(!empty.ok && empty.problem.kind).toBe('invalid');
    const huge = parseProjectFile(JSON.stringify({ ...file, name: 'x'.repeat(1_000_001) }));
    expect(!huge.ok && huge.problem.kind).toBe('too_large');
  });

  it('migrates a rule-set-1 answer per flow and reports it for that flow', () => {
    const parsed = parseProjectFile(JSON.stringify({ ...file, flows: [{ label: 'A → B', input: { ...centralCase, foreignRecipient: 'yes' } }] }));
    expect(parsed.ok && parsed.removed).toEqual([[{ question: 'foreignRecipient', answer: 'yes' }]]);
    expect(parsed.ok && parsed.file.flows[0]?.input.foreignRecipient).toBeUndefined();
  });
});

describe('projects over saved assessments', () => {
  const saved = (id: string, updatedAt: string): SavedAssessment => ({
    id,
    name: `name ${id}`,
    createdAt: '2026-11-24T00:00:00.000Z',
    updatedAt,
    answers: {},
    ticks: [],
  });
  const assessments = [saved('a1', '2026-11-24T01:00:00.000Z'), saved('a2', '2026-11-24T02:00:00.000Z'), saved('a3', '2026-11-24T03:00:00.000Z')];
  const stored = [{ id: 'p1', name: 'P', createdAt: '2026-11-24T00:00:00.000Z', updatedAt: '2026-11-24T00:00:00.000Z', flows: [{ assessmentId: 'a1', label: 'A → B' }, { assessmentId: 'gone', label: 'X → Y' }] }];

  it('shows every assessment outside a project as a project of one flow, without rewriting anything', () => {
    const views = projectViews(stored, assessments);
    expect(views.map((v) => [v.id, v.stored, v.flows.length])).toEqual([
      ['a3', false, 1],
      ['a2', false, 1],
      ['p1', true, 1],
    ]);
    expect(findProject(stored, assessments, 'a2')?.flows[0]?.label).toBe('name a2');
  });
  it('finds no single-flow project for an assessment that is a flow of a stored one', () => {
    expect(findProject(stored, assessments, 'a1')).toBeUndefined();
    expect(findProject(stored, assessments, 'p1')?.flows.map((f) => f.assessment.id)).toEqual(['a1']);
  });
});
