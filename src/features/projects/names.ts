import type { EvaluatedFlow, PartyRef } from './overview';
import type { ProjectsT } from './namespaces';

/** A flow's name on the pages: its label, else the flow's number. */
export const flowName = (t: ProjectsT, flow: Pick<EvaluatedFlow, 'label' | 'index'>): string =>
  flow.label.trim() === '' ? t('projects:flowNumber', { number: flow.index + 1 }) : flow.label;

/** A party's name: the name from the labels, else the side of its flow, or the principal investigator. */
export function partyName(t: ProjectsT, party: PartyRef, flows: readonly Pick<EvaluatedFlow, 'label' | 'index'>[]): string {
  switch (party.kind) {
    case 'named':
      return party.name;
    case 'side': {
      const flow = flows.find((f) => f.index === party.flowIndex);
      const name = flow === undefined ? t('projects:flowNumber', { number: party.flowIndex + 1 }) : flowName(t, flow);
      return t(`projects:party.side.${party.role}`, { flow: name });
    }
    case 'researcher':
      return t('projects:party.researcher');
  }
}
