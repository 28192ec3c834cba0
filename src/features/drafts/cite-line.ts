import type { i18n as I18n } from 'i18next';

import type { CiteLine } from './doc-edit';
import type { DraftLanguage } from './schema';

/**
 * The sources of a block as one line in the draft's own language (not the page's: an edited Japanese draft keeps
 * Japanese sources when the page is shown in English). The words come from the citations namespace, so a draft
 * names its sources exactly as the result page does; readings of ours say so in their source name.
 */
export function citeLineFor(i18n: I18n, language: DraftLanguage): CiteLine {
  const t = i18n.getFixedT(language, 'drafts');
  const c = i18n.getFixedT(language, 'citations');
  return (cite) =>
    t('doc.citeLine', {
      sources: cite.map((id) => t('doc.citeEntry', { source: c(`${id}.source`), ref: c(`${id}.ref`) })).join(t('doc.citeSeparator')),
    });
}
