import type { Cite, DocBlock } from '../../lib/export/doc-model';
import {
  createBlanks,
  draftMeta,
  hasWarning,
  heading,
  list,
  notesSection,
  paragraph,
  pseudonymizedItems,
  purposeLines,
  recipientBlank,
  selfTerms,
  table,
  type DraftBuilder,
  type DraftsKey,
} from './build-common';

/** Sources per article. Each article's paragraphs cite the statute or PPC text the article restates. */
const cite = {
  purpose: ['appi_41_6_provision_ban', 'ppc_q14_18_joint_use_items', 'gl_3_2_joint_use'],
  items: ['ppc_q14_18_joint_use_items', 'appi_41_1_rule_31'],
  roles: ['ppc_q14_18_joint_use_items', 'gl_3_2_joint_use'],
  noIdentify: ['appi_41_7_8_identification_contact', 'appi_42_recipient'],
  safety: ['appi_42_recipient', 'gl_3_2_joint_use'],
  complaints: ['appi_42_recipient'],
  deletionInfo: ['appi_41_2_rule_32', 'appi_42_recipient', 'gl_3_4_not_recommended'],
  onward: ['appi_41_6_provision_ban', 'appi_42_recipient'],
  newUser: ['ppc_gl_joint_use_change', 'ppc_q14_18_joint_use_items'],
  subcontract: ['appi_42_recipient', 'appi_25_supervision'],
  purposeLimit: ['appi_41_3_4_purpose'],
  incidents: ['gl_3_2_joint_use'],
  breachReport: ['appi_41_9_exclusions'],
  audits: ['gl_3_2_joint_use'],
  breach: ['gl_3_2_joint_use'],
  ending: ['gl_3_2_joint_use', 'inference_records'],
  records: ['inference_records'],
  term: ['gl_3_2_joint_use'],
} as const satisfies Record<string, Cite>;

/**
 * The joint-use agreement between the provider (甲) and one joint user (乙): the matters to agree before the first
 * provision (guideline-reference §3.2 the PPC's recommended points, §3.6 the recipient's duties under Art. 42, §3.7
 * step 6, §3.8 削除情報等). The statute already binds the recipient (Art. 42(1), (3)); the agreement makes the duties
 * enforceable between the parties and adds what the PPC recommends. The PPC's own list (ア)–(カ) was not re-read, and
 * the notes say so.
 */
export const buildJointUseAgreement: DraftBuilder = (answers, result, t, context) => {
  const blanks = createBlanks(t);
  const self = selfTerms(answers, t, blanks, context);
  const partner = recipientBlank(answers, t, blanks, true);
  const target = blanks.named(t('doc.target'));
  const product = t(`doc.product.${answers.productKind ?? 'diagnostic_ai_software'}`);
  const a = (key: DraftsKey) => heading(2, t(key));

  const body: DocBlock[] = [
    heading(1, t('doc.agreement.heading')),
    paragraph(t('doc.agreement.preamble', { self: self.name, partner }), cite.purpose),

    a('doc.agreement.art.purpose'),
    paragraph(t('doc.agreement.text.purpose', { target, product }), cite.purpose),
    list(purposeLines(result, t), false, cite.purpose),

    a('doc.agreement.art.items'),
    paragraph(t('doc.agreement.text.items'), cite.items),
    list(pseudonymizedItems(answers, t, blanks), false, cite.items),

    a('doc.agreement.art.roles'),
    paragraph(t('doc.agreement.text.rolesManager'), cite.roles),
    paragraph(
      t('doc.agreement.text.rolesContacts', {
        provider: blanks.named(t('doc.agreement.blank.providerContact')),
        partner: blanks.named(t('doc.agreement.blank.partnerContact')),
      }),
      cite.roles,
    ),

    a('doc.agreement.art.noIdentify'),
    paragraph(t('doc.agreement.text.noIdentify'), cite.noIdentify),
    paragraph(t('doc.agreement.text.noContact'), cite.noIdentify),

    a('doc.agreement.art.safety'),
    paragraph(t('doc.agreement.text.safety'), cite.safety),
    list(
      [
        t('doc.agreement.text.safetyAccess', { value: blanks.named(t('doc.agreement.blank.handlers')) }),
        t('doc.agreement.text.safetyPlace', { value: blanks.named(t('doc.agreement.blank.place')) }),
        t('doc.agreement.text.safetyCopies'),
        t('doc.agreement.text.safetyLogs'),
      ],
      false,
      cite.safety,
    ),
    paragraph(t('doc.agreement.text.complaints'), cite.complaints),

    a('doc.agreement.art.deletionInfo'),
    paragraph(t('doc.agreement.text.deletionInfoProvider'), cite.deletionInfo),
    paragraph(t('doc.agreement.text.deletionInfoPartner'), cite.deletionInfo),

    a('doc.agreement.art.onward'),
    paragraph(t('doc.agreement.text.onward'), cite.onward),
    paragraph(t('doc.agreement.text.newUser'), cite.newUser),
    paragraph(t('doc.agreement.text.subcontract'), cite.subcontract),

    a('doc.agreement.art.purposeLimit'),
    paragraph(t('doc.agreement.text.purposeLimit'), cite.purposeLimit),

    a('doc.agreement.art.incidents'),
    paragraph(t('doc.agreement.text.incidents'), cite.incidents),
    paragraph(t('doc.agreement.text.breachReport'), cite.breachReport),

    a('doc.agreement.art.audits'),
    paragraph(t('doc.agreement.text.audits', { value: blanks.named(t('doc.agreement.blank.auditFrequency')) }), cite.audits),

    a('doc.agreement.art.breach'),
    paragraph(t('doc.agreement.text.breach'), cite.breach),

    a('doc.agreement.art.ending'),
    paragraph(t('doc.agreement.text.ending', { value: blanks.named(t('doc.agreement.blank.retainedByLaw')) }), cite.ending),

    a('doc.agreement.art.records'),
    paragraph(t('doc.agreement.text.records', { value: blanks.named(t('doc.agreement.blank.recordYears')) }), cite.records),

    a('doc.agreement.art.term'),
    paragraph(
      t('doc.agreement.text.term', { from: blanks.named(t('doc.agreement.blank.termFrom')), to: blanks.named(t('doc.agreement.blank.termTo')) }),
      cite.term,
    ),
    paragraph(t('doc.agreement.text.consult'), cite.term),

    heading(1, t('doc.agreement.signHeading')),
    table(
      [t('doc.agreement.signParty'), t('doc.agreement.signName'), t('doc.agreement.signDate')],
      [
        [t('doc.agreement.signProvider'), self.name, blanks.empty()],
        [t('doc.agreement.signPartner'), partner, blanks.empty()],
      ],
      cite.term,
    ),
  ];

  const notes = [
    t('doc.agreement.notes.template'),
    t('doc.agreement.notes.ppcList'),
    t('doc.agreement.notes.statute'),
    t('doc.agreement.notes.perPartner'),
    t('doc.agreement.notes.publication'),
    ...(hasWarning(result, 'recipient_holds_key') ? [t('doc.jointUse.notes.keyAtRecipient')] : []),
    ...(hasWarning(result, 'foreign_recipient_unsettled') ? [t('doc.jointUse.notes.foreign')] : []),
  ];

  return {
    title: t('doc.agreement.title'),
    meta: draftMeta(t, result),
    blocks: [...notesSection(t, notes, blanks), ...body],
  };
};
