import { useEffect, useMemo, useState } from 'preact/hooks';
import { get, query } from '../api.ts';
import type { Network } from '../types.ts';
import { num } from '../format.ts';
import { Loading, ProblemSummary, useAction } from './Form.tsx';
import { type MapLine, type MapMarker, MapView } from './MapView.tsx';

/**
 * The officer dashboard's network: firms at their public points, links between them weighted by
 * tonnes, and the measures a funder asks about. Only public points reach the browser.
 */
export function NetworkMap({ from, to, region }: { from: string; to: string; region: string }) {
  const [network, setNetwork] = useState<Network | null>(null);
  const action = useAction();
  const params = { from, to, region };
  useEffect(() => {
    void action.run(async () => setNetwork(await get<Network>(`/reports/network${query(params)}`)));
  }, [from, to, region]);
  const byId = useMemo(() => new Map((network?.nodes ?? []).map((n) => [n.id, n])), [network]);
  const lines = useMemo<MapLine[]>(
    () =>
      (network?.edges ?? []).flatMap((e) => {
        const a = byId.get(e.source);
        const b = byId.get(e.target);
        if (!a?.location || !b?.location) return [];
        return [
          {
            from: a.location.coordinates,
            to: b.location.coordinates,
            weight: e.tonnes,
            label: `${a.name} — ${b.name}: ${num(e.tonnes)} t in ${e.exchanges} exchange${e.exchanges === 1 ? '' : 's'}${e.new ? ', new link' : ''}`,
          },
        ];
      }),
    [network, byId],
  );
  const markers = useMemo<MapMarker[]>(
    () =>
      (network?.nodes ?? []).flatMap((n) =>
        n.location
          ? [{ lon: n.location.coordinates[0], lat: n.location.coordinates[1], label: `${n.name}: ${n.partners} partner${n.partners === 1 ? '' : 's'}`, kind: 'site' as const, approximate: true }]
          : [],
      ),
    [network],
  );
  const m = network?.measures;
  return (
    <section aria-labelledby="network">
      <h2 id="network">Network of firms</h2>
      <ProblemSummary error={action.error} />
      {!m ? (
        <Loading />
      ) : (
        <>
          <ul class="figures" aria-label="Network measures">
            <li>
              <span class="figure" data-figure="firms">{m.firms}</span> firms linked
            </li>
            <li>
              <span class="figure" data-figure="links">{m.links}</span> links ({m.newLinks} new, {m.repeatLinks} repeat)
            </li>
            <li>
              <span class="figure" data-figure="multi-partner">{m.firmsWithMoreThanOnePartner}</span> firms with more than one partner
            </li>
            <li>
              <span class="figure" data-figure="cluster">{m.largestCluster.firms}</span> firms in the largest cluster
            </li>
            <li>
              <span class="figure" data-figure="crossing">{m.linksCrossingLocalAuthorities}</span> links crossing local-authority boundaries,{' '}
              {m.linksCrossingRegions} crossing regions
            </li>
          </ul>
          <MapView label="Map of links between firms at their public points, line width by tonnes" lines={lines} markers={markers} height="340px" />
          <p class="button-row">
            <a class="button" href={`/reports/network${query({ ...params, format: 'graphml' })}`} download>
              Download GraphML (Gephi, Cytoscape)
            </a>
            <a class="button" href={`/reports/network${query({ ...params, format: 'geojson' })}`} download>
              Download network GeoJSON
            </a>
          </p>
        </>
      )}
    </section>
  );
}
