import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { type MarkedThing, type OpenPoint, markerLabelKey, openPointKeys, openPointsConcerning } from './open-points';
import { openPointPath } from './paths';

/**
 * A short link to the open point on the "About the rules" page, in place of a sentence repeated wherever the
 * point matters. The visible words stay short ("未確定の点"); the accessible name starts with them and adds the
 * point and where the link leads, so a screen-reader user hears the same words and more.
 */
export function OpenPointMarker({ point }: { point: OpenPoint }) {
  const { t } = useTranslation(['about']);
  const label = t(markerLabelKey(point.label));
  return (
    <Link
      className={`open-point-marker open-point-marker--${point.label}`}
      to={openPointPath(point.id)}
      aria-label={t('about:marker.name', { label, title: t(openPointKeys(point.id).title) })}
      data-open-point={point.id}
    >
      {label}
    </Link>
  );
}

/** The markers of everything open about one thing on a page; nothing when the sources settle it. */
export function OpenPointMarkers({ concerning }: { concerning: MarkedThing }) {
  const points = openPointsConcerning(concerning);
  if (points.length === 0) return null;
  return (
    <span className="open-point-markers">
      {points.map((point) => (
        <OpenPointMarker key={point.id} point={point} />
      ))}
    </span>
  );
}
