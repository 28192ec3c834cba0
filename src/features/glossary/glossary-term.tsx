import { type KeyboardEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { GLOSSARY_TERM_IDS, type GlossaryTermId, glossaryDefinitionKey, glossaryTermKey } from '../../i18n/keys';

/** Every term that has an in-place explanation (ids of locales/<lng>/glossary.json). */
export const glossaryTermIds: readonly GlossaryTermId[] = GLOSSARY_TERM_IDS;
export type { GlossaryTermId };

interface GlossaryTermProps {
  termId: GlossaryTermId;
  /** The words as they appear in the sentence; defaults to the glossary's own name of the term. */
  children?: ReactNode;
}

/**
 * A term with its definition shown in place. A disclosure button (aria-expanded) rather than a tooltip: it works
 * by keyboard and touch, the text stays on screen while it is read, and zooming does not clip it. Escape closes
 * the definition and keeps focus on the button.
 */
export function GlossaryTerm({ termId, children }: GlossaryTermProps) {
  const { t } = useTranslation(['common', 'glossary']);
  const [open, setOpen] = useState(false);
  const definitionId = useId();

  const closeOnEscape = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <span className="glossary-term">
      <button
        type="button"
        className="glossary-term__button"
        aria-expanded={open}
        aria-controls={definitionId}
        onClick={() => {
          setOpen((value) => !value);
        }}
        onKeyDown={closeOnEscape}
      >
        {children ?? t(glossaryTermKey(termId))}
      </button>
      {/* Always rendered (hidden when closed) so aria-controls always points at an element. */}
      <span className="glossary-term__definition" id={definitionId} hidden={!open}>
        {t(glossaryDefinitionKey(termId))}
      </span>
    </span>
  );
}
