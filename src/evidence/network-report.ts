// The network of firms linked by realised exchanges in a period: JSON, GraphML or GeoJSON.
// Positions are the listings' public points (about 1 km), never a site's.
import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/client.ts';
import type { NetworkQuery, NetworkReport } from '../../schemas/evidence.ts';
import { flowsFrom } from '../reports/reports.ts';
import { toGraphml } from './graphml.ts';
import { buildNetwork, pairKey } from './network.ts';

interface ExchangeRow {
  exchange_id: string;
  offer_firm: string;
  want_firm: string;
  offer_name: string;
  want_name: string;
  tonnes: number;
  pair_traded_before: boolean;
  crosses_region: boolean;
  crosses_local_authority: boolean;
  from_lon: number;
  from_lat: number;
  to_lon: number;
  to_lat: number;
}

/** The sorted ids of the regions of one level covering a site; NULL when none does. */
const regionsOf = (location: SQL, level: 'region' | 'local-authority') =>
  sql`(SELECT array_agg(DISTINCT rp.region_id ORDER BY rp.region_id) FROM region_pieces rp JOIN regions r ON r.id = rp.region_id
      WHERE r.level = ${level} AND ST_Covers(rp.piece, ${location}::geometry))`;

/**
 * Each exchange with uncorrected transfers in the period: its firms, tonnes, public points,
 * whether the pair had traded before the period, and whether its sites lie in different
 * regions or local authorities (tested on the exact sites: only officers see the result).
 */
async function realisedExchanges(db: Database, q: NetworkQuery): Promise<ExchangeRow[]> {
  const flows = flowsFrom({ format: 'json', from: q.from, to: q.to, region: q.region }, null);
  const before = q.from
    ? sql`EXISTS (SELECT 1 FROM transfers t2 JOIN exchanges e2 ON e2.id = t2.exchange_id
          WHERE t2.date < ${q.from}::date AND NOT EXISTS (SELECT 1 FROM transfers c WHERE c.corrects_transfer_id = t2.id)
            AND ((e2.offer_organisation_id = x.offer_firm AND e2.want_organisation_id = x.want_firm)
              OR (e2.offer_organisation_id = x.want_firm AND e2.want_organisation_id = x.offer_firm)))`
    : sql`false`;
  return queryRows<ExchangeRow>(
    db,
    sql`WITH x AS (
          SELECT t.exchange_id, min(e.offer_organisation_id::text)::uuid AS offer_firm, min(e.want_organisation_id::text)::uuid AS want_firm,
            min(oo.name) AS offer_name, min(wo.name) AS want_name, sum(t.tonnes) AS tonnes,
            min(o.id::text)::uuid AS offer_id, min(w.id::text)::uuid AS want_id
          ${flows}
          GROUP BY t.exchange_id
        )
        SELECT x.exchange_id, x.offer_firm, x.want_firm, x.offer_name, x.want_name, x.tonnes,
          ${before} AS pair_traded_before,
          ${regionsOf(sql`os.location`, 'region')} IS DISTINCT FROM ${regionsOf(sql`ws.location`, 'region')} AS crosses_region,
          ${regionsOf(sql`os.location`, 'local-authority')} IS DISTINCT FROM ${regionsOf(sql`ws.location`, 'local-authority')} AS crosses_local_authority,
          ST_X(o.public_location::geometry) AS from_lon, ST_Y(o.public_location::geometry) AS from_lat,
          ST_X(w.public_location::geometry) AS to_lon, ST_Y(w.public_location::geometry) AS to_lat
        FROM x
        JOIN listings o ON o.id = x.offer_id
        JOIN listings w ON w.id = x.want_id
        JOIN sites os ON os.id = o.site_id
        JOIN sites ws ON ws.id = w.site_id
        ORDER BY x.exchange_id`,
  );
}

interface Labelled {
  name: string;
  point: [number, number];
}

async function networkOf(db: Database, q: NetworkQuery) {
  const rows = await realisedExchanges(db, q);
  const network = buildNetwork(
    rows.map((r) => ({
      exchangeId: r.exchange_id,
      offerFirm: r.offer_firm,
      wantFirm: r.want_firm,
      tonnes: Number(r.tonnes),
      pairTradedBefore: r.pair_traded_before,
      crossesRegion: r.crosses_region,
      crossesLocalAuthority: r.crosses_local_authority,
    })),
  );
  // A firm is drawn at the public point of its first listing in the network (by exchange id).
  const labels = new Map<string, Labelled>();
  for (const r of rows) {
    if (!labels.has(r.offer_firm)) labels.set(r.offer_firm, { name: r.offer_name, point: [Number(r.from_lon), Number(r.from_lat)] });
    if (!labels.has(r.want_firm)) labels.set(r.want_firm, { name: r.want_name, point: [Number(r.to_lon), Number(r.to_lat)] });
  }
  return { rows, network, labels };
}

export async function networkReport(db: Database, q: NetworkQuery): Promise<NetworkReport> {
  const { network, labels } = await networkOf(db, q);
  return {
    period: { from: q.from ?? null, to: q.to ?? null },
    nodes: network.nodes.map((n) => {
      const label = labels.get(n.id);
      return { ...n, name: label?.name ?? n.id, location: label ? { type: 'Point' as const, coordinates: label.point } : null };
    }),
    edges: network.edges.map(({ isNew, ...e }) => ({ ...e, new: isNew })),
    measures: network.measures,
  };
}

export async function networkGraphml(db: Database, q: NetworkQuery): Promise<string> {
  const { network, labels } = await networkOf(db, q);
  return toGraphml(network, labels);
}

/**
 * GeoJSON: a LineString between the two listings' public points for each pair of firms and
 * pair of points, with the tonnes moved along it and the link's flags; a Point for each firm.
 */
export async function networkGeojson(db: Database, q: NetworkQuery) {
  const { rows, network, labels } = await networkOf(db, q);
  const edgeOf = new Map(network.edges.map((e) => [pairKey(e.source, e.target), e]));
  const lines = new Map<string, { coordinates: [number, number][]; tonnes: number; exchanges: number; from: string; to: string }>();
  for (const r of rows) {
    const coordinates: [number, number][] = [
      [Number(r.from_lon), Number(r.from_lat)],
      [Number(r.to_lon), Number(r.to_lat)],
    ];
    const key = `${r.offer_firm}|${r.want_firm}|${coordinates.flat().join(',')}`;
    const line = lines.get(key) ?? { coordinates, tonnes: 0, exchanges: 0, from: r.offer_firm, to: r.want_firm };
    line.tonnes += Number(r.tonnes);
    line.exchanges++;
    lines.set(key, line);
  }
  const features = [
    ...[...lines.values()].map((l, i) => {
      const edge = edgeOf.get(pairKey(l.from, l.to));
      return {
        type: 'Feature' as const,
        id: `link-${i + 1}`,
        geometry: { type: 'LineString' as const, coordinates: l.coordinates },
        properties: {
          kind: 'link',
          from: l.from,
          fromName: labels.get(l.from)?.name ?? null,
          to: l.to,
          toName: labels.get(l.to)?.name ?? null,
          tonnes: l.tonnes,
          exchanges: l.exchanges,
          new: edge?.isNew ?? false,
          crossesRegion: edge?.crossesRegion ?? false,
          crossesLocalAuthority: edge?.crossesLocalAuthority ?? false,
        },
      };
    }),
    ...network.nodes.map((n) => ({
      type: 'Feature' as const,
      id: n.id,
      geometry: { type: 'Point' as const, coordinates: labels.get(n.id)?.point ?? [0, 0] },
      properties: { kind: 'firm', name: labels.get(n.id)?.name ?? null, partners: n.partners, tonnes: n.tonnes, cluster: n.cluster },
    })),
  ];
  return { type: 'FeatureCollection' as const, features, measures: network.measures };
}
