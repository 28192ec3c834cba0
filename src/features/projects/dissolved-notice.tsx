import { z } from 'zod/mini';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

import { withUserText } from '../report/user-text';
import { projectsNamespaces } from './namespaces';

/** What the overview hands the list after dissolving a project, through the router's location state. */
const dissolvedNoticeSchema = z.object({ dissolved: z.object({ name: z.string(), count: z.number() }) });
export type DissolvedNotice = z.infer<typeof dissolvedNoticeSchema>;

/**
 * The list says which project was dissolved and that its flows are still here. Location state outlives a reload in
 * the browser's history, so it is read like any outside data: anything else is ignored.
 */
export function DissolvedNoticeText() {
  const { t } = useTranslation(projectsNamespaces);
  const parsed = dissolvedNoticeSchema.safeParse(useLocation().state);
  if (!parsed.success) return null;
  const { name, count } = parsed.data.dissolved;
  return (
    <div className="notice" role="status">
      <p>{withUserText((slots) => t('projects:list.dissolved', { ...slots, count }), { name })}</p>
    </div>
  );
}
