import { useEffect, useState } from 'preact/hooks';
import { get } from './api.ts';
import type { Site } from './types.ts';

/** My organisation's sites (null while loading) and the one chosen, the first by default. */
export function useMySites() {
  const [sites, setSites] = useState<Site[] | null>(null);
  const [siteId, setSiteId] = useState('');
  useEffect(() => {
    // On a failure (an ended session, which takes the app to sign-in) the sites stay unknown.
    get<{ items: Site[] }>('/sites').then(
      (r) => {
        setSites(r.items);
        if (r.items[0]) setSiteId(r.items[0].id);
      },
      () => undefined,
    );
  }, []);
  return { sites, siteId, setSiteId };
}

export const siteOptions = (sites: Site[]) => sites.map((s) => [s.id, s.name] as const);
