import type { DocBlock } from '../../lib/export/doc-model';
import { DataType } from '../../rules';
import type { DataTypeId } from '../../rules';
import {
  citing,
  createBlanks,
  draftMeta,
  heading,
  list,
  notesSection,
  paragraph,
  selfTerms,
  table,
  type Blanks,
  type DraftBuilder,
  type DraftsKey,
  type DraftsT,
} from './build-common';

/** One processing step: its text, and the name of the blank inside it where the text has one ({{value}}). */
interface Step {
  readonly text: DraftsKey;
  readonly blank?: DraftsKey;
}

/**
 * Steps per data type, from guideline-reference.md §4. The legal floor is Rule 31; everything else is common technical
 * practice, because the guideline's ch.4–5 procedures could not be read. Keys are typed, so a missing text fails tsc.
 */
const typeSteps: Readonly<Record<DataTypeId, readonly Step[]>> = {
  ehr_structured: [
    { text: 'doc.processing.types.ehr_structured.step1' },
    { text: 'doc.processing.types.ehr_structured.step2' },
    { text: 'doc.processing.types.ehr_structured.step3', blank: 'doc.processing.types.ehr_structured.step3Blank' },
    { text: 'doc.processing.types.ehr_structured.step4' },
    { text: 'doc.processing.types.ehr_structured.step5' },
  ],
  free_text: [
    { text: 'doc.processing.types.free_text.step1' },
    { text: 'doc.processing.types.free_text.step2', blank: 'doc.processing.types.free_text.step2Blank' },
    { text: 'doc.processing.types.free_text.step3' },
  ],
  dicom_images: [
    { text: 'doc.processing.types.dicom_images.step1' },
    { text: 'doc.processing.types.dicom_images.step2' },
    { text: 'doc.processing.types.dicom_images.step3' },
    { text: 'doc.processing.types.dicom_images.step4', blank: 'doc.processing.types.dicom_images.step4Blank' },
    { text: 'doc.processing.types.dicom_images.step5' },
  ],
  burned_in_text: [
    { text: 'doc.processing.types.burned_in_text.step1' },
    { text: 'doc.processing.types.burned_in_text.step2' },
    { text: 'doc.processing.types.burned_in_text.step3', blank: 'doc.processing.types.burned_in_text.step3Blank' },
  ],
  pathology_wsi: [
    { text: 'doc.processing.types.pathology_wsi.step1' },
    { text: 'doc.processing.types.pathology_wsi.step2' },
    { text: 'doc.processing.types.pathology_wsi.step3' },
    { text: 'doc.processing.types.pathology_wsi.step4' },
  ],
  head_scan_face: [
    { text: 'doc.processing.types.head_scan_face.step1', blank: 'doc.processing.types.head_scan_face.step1Blank' },
    { text: 'doc.processing.types.head_scan_face.step2' },
    { text: 'doc.processing.types.head_scan_face.step3' },
  ],
  video_audio: [
    { text: 'doc.processing.types.video_audio.step1' },
    { text: 'doc.processing.types.video_audio.step2' },
    { text: 'doc.processing.types.video_audio.step3' },
    { text: 'doc.processing.types.video_audio.step4' },
  ],
  genome: [
    { text: 'doc.processing.types.genome.step1' },
    { text: 'doc.processing.types.genome.step2' },
    { text: 'doc.processing.types.genome.step3' },
  ],
  rare_disease: [{ text: 'doc.processing.types.rare_disease.step1' }, { text: 'doc.processing.types.rare_disease.step2' }],
};

/** Applies to every dataset: pseudonymous IDs with the key as 削除情報等, Rule 31 item 3, dates, verification. */
const commonSteps: readonly Step[] = [
  { text: 'doc.processing.common.patientId' },
  { text: 'doc.processing.common.keySeparate' },
  { text: 'doc.processing.common.financial' },
  { text: 'doc.processing.common.dates', blank: 'doc.processing.common.datesBlank' },
  { text: 'doc.processing.common.verify', blank: 'doc.processing.common.verifyBlank' },
];

/** The who / when / verified-by columns are left empty for whoever carries the step out. */
function stepsTable(steps: readonly Step[], t: DraftsT, blanks: Blanks): DocBlock {
  const header = [
    t('doc.processing.tableStep'),
    t('doc.processing.tableWho'),
    t('doc.processing.tableWhen'),
    t('doc.processing.tableVerifier'),
  ];
  const rows = steps.map((step) => [
    step.blank === undefined ? t(step.text) : t(step.text, { value: blanks.named(t(step.blank)) }),
    blanks.empty(),
    blanks.empty(),
    blanks.empty(),
  ]);
  return table(header, rows);
}

/** `typeName` comes from the same table, so headings and the joint-use items stay in step. */
export const dataTypeNameKey = (type: DataTypeId) => `doc.processing.types.${type}.name` as const;
const dataTypeNoteKey = (type: DataTypeId) => `doc.processing.types.${type}.note` as const;

/** (b) The processing plan: the Rule 31 floor, common steps, then one section per selected data type. */
export const buildProcessingPlan: DraftBuilder = (answers, result, t, context) => {
  const blanks = createBlanks(t);
  const self = selfTerms(answers, t, blanks, context);
  const selected = DataType.options.filter((type) => answers.dataTypes?.includes(type) === true);

  const body: DocBlock[] = citing(['appi_41_1_rule_31'], [
    heading(1, t('doc.processing.scopeHeading')),
    paragraph(t('doc.processing.scopeBody', { self: t('doc.selfDefinedPlain', { name: self.name, short: self.short }) })),
    list([
      t('doc.processing.dataset', { value: blanks.named(t('doc.processing.datasetBlank')) }),
      t('doc.processing.processor', { value: blanks.named(t('doc.processing.processorBlank')) }),
      t('doc.processing.purposeRef'),
    ]),

    heading(1, t('doc.processing.legalHeading')),
    paragraph(t('doc.processing.legalIntro')),
    list([t('doc.processing.rule31.item1'), t('doc.processing.rule31.item2'), t('doc.processing.rule31.item3')], true),
    paragraph(t('doc.processing.legalNote')),

    heading(1, t('doc.processing.commonHeading')),
    stepsTable(commonSteps, t, blanks),

    heading(1, t('doc.processing.typesHeading')),
    ...citing(
      ['appi_41_1_rule_31', 'gl_ch4_5_processing', 'inference_processing_practice'],
      selected.length === 0
        ? [paragraph(t('doc.processing.typesNone'))]
        : selected.flatMap((type, index) => [
            heading(2, t('doc.processing.typeHeading', { n: index + 1, name: t(dataTypeNameKey(type)) })),
            paragraph(t(dataTypeNoteKey(type))),
            stepsTable(typeSteps[type], t, blanks),
          ]),
    ),

    heading(1, t('doc.processing.recordsHeading')),
    list(
      [
        t('doc.processing.records.keep', { value: blanks.named(t('doc.processing.records.keepBlank')) }),
        t('doc.processing.records.revise'),
        t('doc.processing.records.noKeys'),
      ],
      false,
      ['inference_records', 'appi_41_2_rule_32'],
    ),

    heading(1, t('doc.processing.approvalHeading')),
    table(
      [t('doc.processing.approvalRole'), t('doc.processing.approvalName'), t('doc.processing.approvalDate')],
      [
        [t('doc.processing.approvalAuthor'), blanks.empty(), blanks.empty()],
        [t('doc.processing.approvalApprover'), blanks.empty(), blanks.empty()],
      ],
    ),
  ]);

  const notes = [
    t('doc.processing.notes.practice'),
    ...(answers.dataState === 'pseudonymized' ? [t('doc.processing.notes.alreadyProcessed')] : []),
    t('doc.processing.notes.cells'),
    t('doc.processing.notes.noKeys'),
    t('doc.processing.notes.vendor'),
  ];

  return {
    title: t('doc.processing.title'),
    meta: draftMeta(t, result),
    blocks: [...notesSection(t, notes, blanks), ...body],
  };
};
