import type { OpenPointId } from './open-points';

export const aboutPath = '/about';
/** An open point has its own address, so Back returns to where the marker was and a point can be bookmarked. */
export const openPointRoute = `${aboutPath}/open/:pointId`;
export const openPointPath = (id: OpenPointId): string => `${aboutPath}/open/${id}`;
/** The element id of a point's heading on the page. */
export const openPointAnchor = (id: OpenPointId): string => `open-point-${id}`;
