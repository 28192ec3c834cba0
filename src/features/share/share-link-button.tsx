import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import '../../styles/report.css';
import type { AssessmentInput } from '../../rules';
import { reportNamespaces } from '../report/namespaces';
import { shareUrl } from './share-url';

type State = { readonly kind: 'idle' } | { readonly kind: 'copied' } | { readonly kind: 'manual'; readonly url: string };

/**
 * Copies a share link of the answers. Where the clipboard is refused (an insecure origin, a browser policy, a
 * denied permission) the link is shown in a read-only field, selected, to copy by hand. The outcome is announced
 * through a status region that is always in the page, so screen readers hear it.
 */
export function ShareLinkButton({ answers, className }: { answers: AssessmentInput; className?: string }) {
  const { t } = useTranslation(reportNamespaces);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const hintId = useId();

  useEffect(() => {
    if (state.kind !== 'manual') return;
    field.current?.focus();
    field.current?.select();
  }, [state]);

  const copy = async () => {
    const url = shareUrl(answers);
    try {
      // The clipboard API is missing on insecure origins; a missing one counts as a refusal.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      if (navigator.clipboard === undefined) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', url });
    }
  };

  return (
    <div className={className === undefined ? 'share-link' : `share-link ${className}`}>
      <button
        type="button"
        className="button button--secondary"
        aria-describedby={hintId}
        onClick={() => {
          void copy();
        }}
      >
        {t('report:share.button')}
      </button>
      <p className="share-link__hint" id={hintId}>
        {t('report:share.privacy')}
      </p>
      <p className="share-link__status" role="status">
        {state.kind === 'copied' ? t('report:share.copied') : null}
        {state.kind === 'manual' ? t('report:share.manual') : null}
      </p>
      {state.kind === 'manual' ? (
        <div className="share-link__manual">
          <label className="label" htmlFor={fieldId}>
            {t('report:share.fieldLabel')}
          </label>
          <input
            ref={field}
            id={fieldId}
            className="input share-link__field"
            type="text"
            readOnly
            value={state.url}
            onFocus={(event) => {
              event.currentTarget.select();
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
