import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { warningBodyKey, warningTitleKey } from '../../i18n/keys';
import type { Assessment } from '../../rules';
import { OpenPointMarkers } from '../about/open-point-marker';
import { CitationList } from '../citations/citation-link';
import { Icon, type IconShape } from './icons';
import { cautionOrder, type WarningKind, warningKind } from './warning-kinds';
import { resultNamespaces } from './namespaces';

type Warning = Assessment['warnings'][number];

const kindShape: Readonly<Record<WarningKind, IconShape>> = {
  scope: 'info',
  caution: 'triangle',
  law_change: 'info',
  open_question: 'question',
};

export function WarningsSection({ warnings }: { warnings: Assessment['warnings'] }) {
  const { t } = useTranslation(resultNamespaces);
  const headingId = useId();
  const open = warnings.filter((w) => warningKind[w.id] === 'open_question');
  const cautions = cautionOrder.flatMap((kind) => warnings.filter((w) => warningKind[w.id] === kind));

  return (
    <section className="result-section warnings" aria-labelledby={headingId} data-section="warnings">
      <h2 id={headingId}>{t('result:warnings.heading')}</h2>
      {warnings.length === 0 ? <p>{t('result:warnings.none')}</p> : null}
      {cautions.length > 0 ? (
        <>
          <h3>{t('result:warnings.cautionsHeading')}</h3>
          <ul className="warning-list">
            {cautions.map((warning) => (
              <WarningItem key={warning.id} warning={warning} />
            ))}
          </ul>
        </>
      ) : null}
      {open.length > 0 ? (
        <>
          <h3>{t('result:warnings.openHeading')}</h3>
          <p>{t('result:warnings.openLead')}</p>
          <ul className="warning-list">
            {open.map((warning) => (
              <WarningItem key={warning.id} warning={warning} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function WarningItem({ warning }: { warning: Warning }) {
  const { t } = useTranslation(resultNamespaces);
  const kind = warningKind[warning.id];
  const titleId = useId();
  return (
    <li className={`warning warning--${kind}`} data-warning={warning.id} data-warning-kind={kind} aria-labelledby={titleId}>
      <p className="warning__kind">
        <Icon shape={kindShape[kind]} />
        <span>{t(`result:warnings.kind.${kind}`)}</span>
      </p>
      <h4 className="warning__title" id={titleId}>
        {t(warningTitleKey(warning.id))}
      </h4>
      <p>{t(warningBodyKey(warning.id))}</p>
      <OpenPointMarkers concerning={{ kind: 'warning', id: warning.id }} />
      <CitationList ids={warning.citations} />
    </li>
  );
}
