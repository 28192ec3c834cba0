import { z } from 'zod/mini';
import { assessmentInputSchema } from './schema';
import type {
  AssessmentInput,
  Consent,
  DataOrigin,
  DataState,
  DataSubjects,
  DataTypeId,
  EthicsReview,
  ForeignRecipient,
  KeyHolder,
  LaterNeedId,
  OperatorType,
  ProductKind,
  ProviderSector,
  ProvisionStatus,
  PublicHealthNeed,
  Purpose,
  RecipientOwnUse,
  RecipientType,
  StageId,
} from './schema';

/**
 * A complete, path-pruned input in the shape the predicates want: single answers that are off the path stay
 * undefined, so a predicate can only read what the user was actually asked.
 */
export interface Situation {
  readonly dataOrigin: z.infer<typeof DataOrigin>;
  readonly dataSubjects: z.infer<typeof DataSubjects>;
  readonly productKind: z.infer<typeof ProductKind>;
  readonly provider: z.infer<typeof OperatorType>;
  /** undefined for a company provider, which is never a public body in the Art. 58 sense. */
  readonly providerSector: z.infer<typeof ProviderSector> | undefined;
  readonly recipient: z.infer<typeof RecipientType>;
  readonly purpose: z.infer<typeof Purpose>;
  readonly jointResearch: boolean | undefined;
  readonly stage: StageId;
  readonly dataState: z.infer<typeof DataState>;
  readonly dataTypes: ReadonlySet<DataTypeId>;
  readonly consent: z.infer<typeof Consent> | undefined;
  readonly publicHealthNeed: z.infer<typeof PublicHealthNeed> | undefined;
  readonly recipientOwnUse: z.infer<typeof RecipientOwnUse> | undefined;
  readonly keyHolder: z.infer<typeof KeyHolder> | undefined;
  readonly foreignRecipient: z.infer<typeof ForeignRecipient> | undefined;
  readonly foreignStorage: boolean;
  readonly provisionStatus: z.infer<typeof ProvisionStatus> | undefined;
  readonly laterNeeds: ReadonlySet<LaterNeedId>;
  readonly ethicsReview: z.infer<typeof EthicsReview>;
}

export class IncompleteInputError extends Error {
  constructor(readonly missing: readonly string[]) {
    super(`Incomplete input: no answer for ${missing.join(', ')}`);
    this.name = 'IncompleteInputError';
  }
}

const yes = (value: 'yes' | 'no' | undefined): boolean | undefined => (value === undefined ? undefined : value === 'yes');

// The questions that are on every path; the rest may legitimately be absent.
const alwaysAsked = z.required(assessmentInputSchema, {
  dataOrigin: true,
  dataSubjects: true,
  productKind: true,
  providerType: true,
  recipientType: true,
  purpose: true,
  stage: true,
  dataState: true,
  dataTypes: true,
  laterNeeds: true,
  ethicsReview: true,
  foreignStorage: true,
});

/** Builds the situation from a pruned input whose every on-path question is answered. */
export function toSituation(input: AssessmentInput): Situation {
  const parsed = alwaysAsked.safeParse(input);
  if (!parsed.success) {
    throw new IncompleteInputError(parsed.error.issues.map((issue) => issue.path.join('.')));
  }
  const a = parsed.data;
  return {
    dataOrigin: a.dataOrigin,
    dataSubjects: a.dataSubjects,
    productKind: a.productKind,
    provider: a.providerType,
    providerSector: a.providerSector,
    recipient: a.recipientType,
    purpose: a.purpose,
    stage: a.stage,
    dataState: a.dataState,
    ethicsReview: a.ethicsReview,
    dataTypes: new Set(a.dataTypes),
    laterNeeds: new Set(a.laterNeeds),
    jointResearch: yes(a.jointResearch),
    consent: a.consent,
    publicHealthNeed: a.publicHealthNeed,
    recipientOwnUse: a.recipientOwnUse,
    keyHolder: a.keyHolder,
    foreignRecipient: a.foreignRecipient,
    foreignStorage: a.foreignStorage === 'yes',
    provisionStatus: a.provisionStatus,
  };
}

/**
 * Data of deceased patients only, without genome data, is outside APPI (Art. 2(1); PPC FAQ on the deceased,
 * §10.5). Genome data may also be about living relatives, so it is assessed as personal information.
 */
export const isOutsideAppi = (s: Situation): boolean => s.dataSubjects === 'deceased_only' && !s.dataTypes.has('genome');
