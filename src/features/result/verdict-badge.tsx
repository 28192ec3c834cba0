import { useTranslation } from 'react-i18next';

import { verdictKey } from '../../i18n/keys';
import type { Verdict } from '../../rules';
import { Icon, type IconShape } from './icons';
import { resultNamespaces } from './namespaces';

export const verdictShape: Readonly<Record<Verdict, IconShape>> = {
  recommended: 'star',
  acceptable: 'check',
  conditional: 'triangle',
  inconclusive: 'question',
  not_appropriate: 'cross',
  not_applicable: 'dash',
};

/** The verdict as a shape plus its words ("推奨", "判断できない（要相談）", …). */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation(resultNamespaces);
  return (
    <span className={`verdict verdict--${verdict}`}>
      <Icon shape={verdictShape[verdict]} className="verdict__icon" />
      <span className="verdict__label">{t(verdictKey(verdict))}</span>
    </span>
  );
}
