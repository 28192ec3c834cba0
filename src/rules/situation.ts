import { z } from 'zod/mini';
import { assessmentInputSchema } from './schema';
import type {
  AssessmentInput,
  Consent,
  DataOrigin,
  DataState,
  DataTypeId,
  EthicsReview,
  KeyHolder,
  LaterNeedId,
  OperatorType,
  ProductKind,
  ProvisionStatus,
  PublicHealthNeed,
  Purpose,
  RecipientType,
  StageId,
} from './schema';

/**
 * A complete, path-pruned input in the shape the predicates want: single answers that are off the path stay
 * undefined, so a predicate can only read what the user was actually asked.
 */
export interface Situation {
  readonly dataOrigin: z.infer<typeof DataOrigin>;
  readonly productKind: z.infer<typeof ProductKind>;
  readonly provider: z.infer<typeof OperatorType>;
  readonly recipient: z.infer<typeof RecipientType>;
  readonly purpose: z.infer<typeof Purpose>;
  readonly jointResearch: boolean | undefined;
  readonly stage: StageId;
  readonly dataState: z.infer<typeof DataState>;
  readonly dataTypes: ReadonlySet<DataTypeId>;
  readonly consent: z.infer<typeof Consent> | undefined;
  readonly publicHealthNeed: z.infer<typeof PublicHealthNeed> | undefined;
  readonly recipientOwnUse: boolean | undefined;
  readonly keyHolder: z.infer<typeof KeyHolder> | undefined;
  readonly foreignRecipient: boolean | undefined;
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
  productKind: true,
  providerType: true,
  recipientType: true,
  purpose: true,
  stage: true,
  dataState: true,
  dataTypes: true,
  laterNeeds: true,
  ethicsReview: true,
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
    productKind: a.productKind,
    provider: a.providerType,
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
    recipientOwnUse: yes(a.recipientOwnUse),
    keyHolder: a.keyHolder,
    foreignRecipient: yes(a.foreignRecipient),
    provisionStatus: a.provisionStatus,
  };
}
