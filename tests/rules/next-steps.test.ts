import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChecklistId, checklistItems, evaluate, maxNextSteps, nextSteps, pruneAnswers, stepPriority } from '../../src/rules';
import type { Assessment, ChecklistId as ChecklistIdType } from '../../src/rules';
import { fullAnswers } from './arbitraries';

const item = (id: ChecklistIdType): Assessment['checklist'][number] => {
  const rule = checklistItems.find((entry) => entry.id === id);
  if (rule === undefined) throw new Error(id);
  return { id, owner: rule.owner, citations: [...rule.citations] };
};

describe('next steps', () => {
  it('ranks every checklist item exactly once', () => {
    expect([...stepPriority].sort()).toEqual([...ChecklistId.options].sort());
  });

  it('gives each step its owner and when it falls due', () => {
    const steps = nextSteps(
      (['record_provision', 'plan_stage_transition', 'ethics_review', 'remediate_prior_provision', 'clean_dicom_headers'] as const).map(item),
    );
    expect(steps).toEqual([
      { id: 'remediate_prior_provision', owner: 'provider', timing: 'now' },
      { id: 'ethics_review', owner: 'researcher', timing: 'before_provision' },
      { id: 'clean_dicom_headers', owner: 'provider', timing: 'before_provision' },
      { id: 'plan_stage_transition', owner: 'researcher', timing: 'next_stage_gate' },
      { id: 'record_provision', owner: 'both', timing: 'after_provision' },
    ]);
  });

  it('falls due after provision exactly for the items grouped after provision', () => {
    const after = nextSteps(ChecklistId.options.map(item), new Set(stepPriority.slice(0, -maxNextSteps)));
    for (const step of after) {
      const group = checklistItems.find((entry) => entry.id === step.id)?.group;
      expect(step.timing === 'after_provision', step.id).toBe(group === 'after_provision');
    }
    expect(after.map((step) => step.timing)).toContain('after_provision');
  });

  it('leaves out what is ticked and names at most five, in priority order', () => {
    const all = ChecklistId.options.map(item);
    expect(nextSteps(all).map((step) => step.id)).toEqual(stepPriority.slice(0, maxNextSteps));
    expect(maxNextSteps).toBe(5);
    const done = new Set<ChecklistIdType>(['remediate_prior_provision', 'confirm_academic_body_status']);
    expect(nextSteps(all, done).map((step) => step.id)).toEqual(['ethics_review', 'confirm_genuine_academic_aim', 'joint_research_agreement', 'assess_unjust_infringement', 'obtain_valid_consent']);
    expect(nextSteps(all, new Set(ChecklistId.options))).toEqual([]);
    expect(nextSteps(all, done, 3).map((step) => step.id)).toEqual(['ethics_review', 'confirm_genuine_academic_aim', 'joint_research_agreement']);
    expect(nextSteps([])).toEqual([]);
  });

  it('takes the first open items of every real checklist, with the owners the checklist gives', () => {
    fc.assert(
      fc.property(fullAnswers, (raw) => {
        const { checklist } = evaluate(pruneAnswers(raw));
        const steps = nextSteps(checklist);
        const ranked = stepPriority.filter((id) => checklist.some((entry) => entry.id === id));
        expect(steps.map((step) => step.id)).toEqual(ranked.slice(0, maxNextSteps));
        for (const step of steps) expect(step.owner).toBe(checklist.find((entry) => entry.id === step.id)?.owner);
      }),
      { numRuns: 300 },
    );
  });
});
