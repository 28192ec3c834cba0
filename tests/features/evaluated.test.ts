import { evaluateAnswers, evaluateCurrentAhead } from '../../src/features/assessments/evaluated';
import { selectCurrent, useAssessments } from '../../src/features/assessments/store';
import { evaluate } from '../../src/rules';
import type { AssessmentInput } from '../../src/rules';
import scenarios from '../fixtures/scenarios.json';

const input = (id: string) => scenarios.scenarios.find((s) => s.id === id)?.input as AssessmentInput;

describe('evaluateAnswers', () => {
  it('works a result out once per answers object, the same as evaluate', () => {
    const answers = { ...input('S02') };
    const first = evaluateAnswers(answers);
    expect(first).toEqual(evaluate(answers));
    expect(evaluateAnswers(answers)).toBe(first);
    // New answers (the store replaces them on every change) are evaluated afresh.
    const changed = { ...input('S01') };
    expect(evaluateAnswers(changed)).toEqual(evaluate(changed));
    expect(evaluateAnswers(changed)).not.toBe(first);
  });
});

describe('evaluateCurrentAhead', () => {
  afterEach(() => {
    localStorage.clear();
  });

  it('evaluates the current complete assessment in a task of its own, for the page to find done', async () => {
    const id = useAssessments.getState().assessmentImported({ name: 'Ahead', answers: { ...input('S02') }, ticks: [] });
    useAssessments.getState().assessmentOpened(id);
    const current = selectCurrent(useAssessments.getState());
    if (current === undefined) throw new Error('no current assessment');
    const ahead = await evaluateCurrentAhead();
    expect(ahead).toBeDefined();
    expect(evaluateAnswers(current.answers)).toBe(ahead);
  });

  it('leaves an incomplete assessment alone', async () => {
    const id = useAssessments.getState().assessmentStarted('Half done');
    useAssessments.getState().assessmentOpened(id);
    expect(await evaluateCurrentAhead()).toBeUndefined();
  });
});
