import type { GlossaryTermId } from '../../i18n/keys';
import type { QuestionId } from '../../rules';

/**
 * The glossary terms listed under each question ("Terms used here"). A full record, so a new question cannot be
 * added without deciding which terms it needs (an empty list is a decision too).
 */
export const questionTerms: Readonly<Record<QuestionId, readonly GlossaryTermId[]>> = {
  dataOrigin: ['kojin_joho_hogo_ho', 'jisedai_iryo_kiban'],
  dataSubjects: ['kojin_joho', 'kojin_shikibetsu_fugo', 'rinri_shishin'],
  productKind: ['samd'],
  providerType: ['gakujutsu_kikan'],
  providerSector: ['kojin_joho_hogo_ho', 'tokumei_kako', 'gakujutsu_kikan'],
  recipientType: ['gakujutsu_kikan', 'daisansha_teikyo', 'shinraisei_chosa', 'pmda'],
  purpose: ['gakujutsu_mokuteki', 'seihin_kaihatsu'],
  jointResearch: ['kyodo_kenkyu', 'kyodo_riyo'],
  stage: ['samd', 'shinraisei_chosa'],
  dataState: ['kojin_joho', 'yohairyo', 'kamei_kako', 'tokumei_kako'],
  dataTypes: ['kojin_shikibetsu_fugo'],
  consent: ['yohairyo', 'opt_out'],
  publicHealthNeed: ['koshu_eisei_reigai'],
  recipientOwnUse: ['itaku', 'kyodo_riyo', 'daisansha_teikyo'],
  keyHolder: ['sakujo_joho', 'kamei_kako'],
  foreignRecipient: ['gaikoku_daisansha', 'daisansha_teikyo', 'itaku', 'kyodo_riyo', 'kamei_kako'],
  foreignStorage: ['gaiteki_kankyo', 'gaikoku_daisansha'],
  provisionStatus: ['kohyo', 'kyodo_riyo', 'riyo_mokuteki_henko'],
  laterNeeds: ['shikibetsu_kinshi', 'renraku_kinshi', 'shinraisei_chosa'],
  ethicsReview: ['rinri_shinsa', 'rinri_shishin'],
};
