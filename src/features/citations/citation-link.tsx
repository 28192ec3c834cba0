import { type KeyboardEvent, type SyntheticEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import '../../styles/result.css';
import { VisuallyHidden } from '../../components/ui/visually-hidden';
import { citationKeys, evidenceHintKey, evidenceKey } from '../../i18n/keys';
import { citations } from '../../rules';
import type { CitationId } from '../../rules';
import { OpenPointMarkers } from '../about/open-point-marker';
import { citationShortKey } from './citation-texts';
import { resultNamespaces } from '../result/namespaces';

/**
 * One citation as a small button that opens its details in a modal <dialog>: the source, the article or section,
 * how strong the evidence is (our own reading is labelled as such, on the button too) and the public address.
 * The dialog is mounted only while open, so a page with many citations holds no hidden copies of their texts.
 */
export function CitationLink({ id }: { id: CitationId }) {
  const { t } = useTranslation(resultNamespaces);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const isInference = citations[id].level === 'inference';

  return (
    <>
      <button
        ref={button}
        type="button"
        className={isInference ? 'citation-link citation-link--inference' : 'citation-link'}
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
      >
        {t(citationShortKey(id))}
        {isInference ? (
          // The name comes from the content, so it holds the visible words in order (WCAG 2.5.3, "label in name");
          // the brackets, heard only, keep the tag from running into the label ("記録の保存当アプリの解釈").
          <>
            <VisuallyHidden>{t('result:citation.inferenceBefore')}</VisuallyHidden>
            <span className="citation-link__tag">{t('result:citation.inferenceTag')}</span>
            <VisuallyHidden>{t('result:citation.inferenceAfter')}</VisuallyHidden>
          </>
        ) : null}
      </button>
      {open ? (
        <CitationDialog
          id={id}
          onClosed={() => {
            setOpen(false);
            // The dialog has already left the top layer, so the page is no longer inert and the button can take focus.
            button.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}

function CitationDialog({ id, onClosed }: { id: CitationId; onClosed: () => void }) {
  const { t } = useTranslation(resultNamespaces);
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const entry = citations[id];
  const keys = citationKeys(id);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    // jsdom and old browsers lack showModal; the open attribute still shows the panel, without the inert backdrop.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    heading.current?.focus();
    return () => {
      if (element.open && typeof element.close === 'function') element.close();
    };
  }, []);

  const close = () => {
    const element = dialog.current;
    if (element !== null) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
    }
    onClosed();
  };

  const closeOnEscape = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape') return;
    // Handled here rather than by the browser's cancel, so focus returns the same way with and without showModal.
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  const closeOnCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    // A close request that is not a key press (for example Android's back gesture).
    event.preventDefault();
    close();
  };

  return (
    <dialog ref={dialog} className="citation-dialog" aria-labelledby={titleId} onKeyDown={closeOnEscape} onCancel={closeOnCancel}>
      <h2 className="citation-dialog__title" id={titleId} ref={heading} tabIndex={-1}>
        {t(citationShortKey(id))}
      </h2>
      <dl className="citation-dialog__facts">
        <dt>{t('result:citation.level')}</dt>
        <dd className={`evidence evidence--${entry.level}`}>
          <strong className="evidence__label">{t(evidenceKey(entry.level))}</strong>
          <span className="evidence__hint">{t(evidenceHintKey(entry.level))}</span>
        </dd>
        <dt>{t('result:citation.source')}</dt>
        <dd>{t(keys.source)}</dd>
        <dt>{t('result:citation.ref')}</dt>
        <dd>{t(keys.ref)}</dd>
        <dt>{t('result:citation.summary')}</dt>
        <dd>
          {t(keys.summary)}
          <OpenPointMarkers concerning={{ kind: 'citation', id }} />
        </dd>
        <dt>{t('result:citation.url')}</dt>
        <dd>
          {entry.url === undefined ? (
            t('result:citation.noUrl')
          ) : (
            // Opened by the person, in a new tab; the app itself never fetches anything.
            <a className="citation-dialog__url" href={entry.url} target="_blank" rel="noopener noreferrer">
              {entry.url}
              <VisuallyHidden>{t('result:citation.newTab')}</VisuallyHidden>
            </a>
          )}
        </dd>
      </dl>
      <button type="button" className="button button--secondary citation-dialog__close" onClick={close}>
        {t('result:citation.close')}
      </button>
    </dialog>
  );
}

/** The citations of one statement, labelled "出典" for screen readers and sighted readers alike. */
export function CitationList({ ids, className }: { ids: readonly CitationId[]; className?: string }) {
  const { t } = useTranslation(resultNamespaces);
  const labelId = useId();
  if (ids.length === 0) return null;
  return (
    <div className={className === undefined ? 'citation-list' : `citation-list ${className}`} role="group" aria-labelledby={labelId}>
      <span className="citation-list__label" id={labelId}>
        {t('result:citation.listLabel')}
      </span>
      <ul className="citation-list__items">
        {ids.map((id) => (
          <li key={id}>
            <CitationLink id={id} />
          </li>
        ))}
      </ul>
    </div>
  );
}
