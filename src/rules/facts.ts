import { z } from 'zod/mini';
import { OperatorType, RecipientType, Stage } from './schema';
import type { StageId } from './schema';

type Operator = z.infer<typeof OperatorType>;
type Recipient = z.infer<typeof RecipientType>;

/** 学術研究機関等 (APPI Art. 16(8)): types A and C of guideline §2.2. */
export const isAcademicBody = (type: Recipient): boolean =>
  type === 'academic_medical' || type === 'academic_non_medical';

/** 医療機関等: types A and B of guideline §2.2, the holders of care data in the guideline's model. */
export const isMedicalInstitution = (type: Operator | Recipient): boolean =>
  type === 'academic_medical' || type === 'non_academic_medical';

export const isInternalUse = (type: Recipient): boolean => type === 'same_institution';
export const isToRegulator = (type: Recipient): boolean => type === 'regulator';
/** A provision to another operator: the case the guideline's §2.6 table and ch.6 are about. */
export const isExternalProvision = (type: Recipient): boolean => !isInternalUse(type) && !isToRegulator(type);

/**
 * The seven stages of guideline ch.6 grouped by what the guideline says of them [SEED]: academic research
 * dominates early; from 開発 to 承認申請書類作成 product development dominates and pseudonymized joint use is the
 * model; the review stage is anchored by Art. 27(1)(iv); the model basis after approval could not be confirmed.
 */
export type StagePhase = 'academic_dominant' | 'product_dominant' | 'regulatory_review' | 'post_market';

export const stagePhase = (stage: StageId): StagePhase => {
  switch (stage) {
    case 'basic_research':
    case 'exploration':
      return 'academic_dominant';
    case 'development':
    case 'performance_evaluation':
    case 'application_preparation':
      return 'product_dominant';
    case 'regulatory_review':
      return 'regulatory_review';
    case 'post_market':
      return 'post_market';
  }
};

export type NameCertainty = 'confirmed' | 'reconstructed';

/** Which stage names the public sources confirm (model.md, Stages table). */
export const stageNameCertainty: Readonly<Record<StageId, NameCertainty>> = {
  basic_research: 'reconstructed',
  exploration: 'confirmed',
  development: 'confirmed',
  performance_evaluation: 'reconstructed',
  application_preparation: 'confirmed',
  regulatory_review: 'reconstructed',
  post_market: 'reconstructed',
};

export const stages: readonly StageId[] = Stage.options;
