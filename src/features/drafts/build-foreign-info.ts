import type { Cite, DocBlock } from '../../lib/export/doc-model';
import {
  createBlanks,
  draftMeta,
  heading,
  list,
  notesSection,
  paragraph,
  recipientBlank,
  selfTerms,
  table,
  type DraftBuilder,
} from './build-common';

const RULE_17: Cite = ['rule_17_foreign_consent_information', 'appi_28_foreign'];

/**
 * The information to give before consent to provision to a third party in a foreign country (APPI Art. 28(2),
 * Enforcement Rules Art. 17; reference §10.2): the country, its regime obtained by an appropriate method, and the
 * recipient's measures, as a paragraph for the consent form with blanks. What to say when the country is not yet
 * fixed is in PPC Q12-14, which the reference names but does not summarise: the draft points to it as open.
 */
export const buildForeignProvisionInfo: DraftBuilder = (answers, result, t, context) => {
  const blanks = createBlanks(t);
  const self = selfTerms(answers, t, blanks, context);
  const country = blanks.named(t('doc.plan.blank.country'));
  const recipient = recipientBlank(answers, t, blanks);

  const body: DocBlock[] = [
    heading(1, t('doc.foreign.heading')),
    paragraph(t('doc.foreign.intro', { self: t('doc.selfDefinedPolite', { name: self.name, short: self.short }), recipient, country }), RULE_17),

    heading(2, t('doc.foreign.countryHeading')),
    paragraph(t('doc.foreign.country', { country }), RULE_17),

    heading(2, t('doc.foreign.regimeHeading')),
    paragraph(t('doc.foreign.regime', { country, value: blanks.named(t('doc.foreign.blank.regime')) }), RULE_17),
    paragraph(t('doc.foreign.regimeSource', { value: blanks.named(t('doc.foreign.blank.regimeSource')) }), RULE_17),

    heading(2, t('doc.foreign.measuresHeading')),
    paragraph(t('doc.foreign.measures', { recipient }), RULE_17),
    list([t('doc.foreign.measuresItem', { value: blanks.named(t('doc.foreign.blank.measures')) })], false, RULE_17),

    heading(2, t('doc.foreign.unfixedHeading')),
    paragraph(t('doc.foreign.unfixed'), ['ppc_q12_14_foreign_consent']),

    heading(1, t('doc.foreign.consentHeading')),
    paragraph(t('doc.foreign.consent', { recipient, country }), ['appi_28_foreign']),
    table(
      [t('doc.foreign.signDate'), t('doc.foreign.signName')],
      [[blanks.empty(), blanks.empty()]],
      ['appi_28_foreign'],
    ),
  ];

  const notes = [t('doc.foreign.notes.when'), t('doc.foreign.notes.separate'), t('doc.foreign.notes.template')];
  return { title: t('doc.foreign.title'), meta: draftMeta(t, result), blocks: [...notesSection(t, notes, blanks), ...body] };
};
