import { describe, expect, it } from 'vitest';

import i18n from '../../src/i18n';
import { resultNamespaces } from '../../src/features/result/namespaces';
import { ownerWords, timingWords } from '../../src/features/result/next-step-text';
import type { AssessmentInput } from '../../src/rules';

const hospitalToCompany: AssessmentInput = { providerType: 'academic_medical', recipientType: 'company' };
const internal: AssessmentInput = { providerType: 'non_academic_medical', recipientType: 'same_institution' };

describe('who does a step and when, in the project’s own words', () => {
  it('names the parties by their type and role', async () => {
    await i18n.changeLanguage('ja');
    const t = i18n.getFixedT('ja', resultNamespaces);
    expect(ownerWords('provider', hospitalToCompany, t)).toBe('提供元の医療機関');
    expect(ownerWords('recipient', hospitalToCompany, t)).toBe('提供先の企業');
    expect(ownerWords('both', hospitalToCompany, t)).toBe('提供元の医療機関と提供先の企業');
    expect(ownerWords('researcher', hospitalToCompany, t)).toBe('研究責任者');
    expect(ownerWords('provider', { providerType: 'academic_non_medical', recipientType: 'regulator' }, t)).toBe('提供元の大学・研究機関');
    expect(ownerWords('recipient', { providerType: 'company', recipientType: 'regulator' }, t)).toBe('提供先の厚生労働省・PMDA');
    expect(ownerWords('provider', internal, t)).toBe('データを保有する医療機関');
    expect(ownerWords('recipient', internal, t)).toBe('同じ機関の研究チーム');
    expect(ownerWords('provider', {}, t)).toBe('提供元');
    expect(ownerWords('recipient', {}, t)).toBe('提供先');
  });

  it('says when, with "use" instead of "provision" inside one institution', () => {
    const t = i18n.getFixedT('en', resultNamespaces);
    expect(ownerWords('both', hospitalToCompany, t)).toBe('the providing hospital and the receiving company');
    expect(timingWords('before_provision', hospitalToCompany, t)).toBe('before provision');
    expect(timingWords('before_provision', internal, t)).toBe('before use');
    expect(timingWords('after_provision', internal, t)).toBe('while the data is used');
    expect(timingWords('after_provision', hospitalToCompany, t)).toBe('after provision, while the data is held');
    expect(timingWords('next_stage_gate', internal, t)).toBe('before the next stage');
    expect(timingWords('now', internal, t)).toBe('right away');
  });
});
