// The network of firms linked by realised exchanges, and its measures. Pure.

export interface RealisedExchange {
  exchangeId: string;
  offerFirm: string;
  wantFirm: string;
  /** Tonnes moved in the period (uncorrected transfers). */
  tonnes: number;
  /** Whether this pair of firms had a realised exchange before the period. */
  pairTradedBefore: boolean;
  /** Whether the two sites lie in different regions, and in different local authorities. */
  crossesRegion: boolean;
  crossesLocalAuthority: boolean;
}

export interface NetworkNode {
  id: string;
  partners: number;
  exchanges: number;
  tonnes: number;
  /** Index of its connected cluster, largest first. */
  cluster: number;
}

export interface NetworkEdge {
  /** The pair of firms, smaller id first: a link has no direction, its flows may go either way. */
  source: string;
  target: string;
  tonnes: number;
  exchanges: number;
  isNew: boolean;
  crossesRegion: boolean;
  crossesLocalAuthority: boolean;
}

export interface NetworkMeasures {
  firms: number;
  links: number;
  exchanges: number;
  tonnes: number;
  newLinks: number;
  repeatLinks: number;
  linksWithSeveralExchanges: number;
  firmsWithMoreThanOnePartner: number;
  clusters: number;
  largestCluster: { firms: number; links: number; tonnes: number };
  linksCrossingRegions: number;
  linksCrossingLocalAuthorities: number;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  measures: NetworkMeasures;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function clustersOf(ids: string[], edges: NetworkEdge[]): Map<string, string> {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    for (let y = x; y !== root; ) {
      const next = parent.get(y) as string;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  for (const e of edges) {
    const [a, b] = [find(e.source), find(e.target)];
    if (a !== b) parent.set(a, b);
  }
  return new Map(ids.map((id) => [id, find(id)]));
}

/**
 * Firms as nodes, each pair of firms with realised exchanges as one edge weighted by tonnes.
 * A link is new when the pair's first realised exchange falls in the period, a repeat when the
 * pair had traded before it; clusters are the graph's connected components.
 */
export function buildNetwork(exchanges: readonly RealisedExchange[]): Network {
  const edgeOf = new Map<string, NetworkEdge>();
  for (const x of exchanges) {
    if (x.offerFirm === x.wantFirm) continue;
    const key = pairKey(x.offerFirm, x.wantFirm);
    const [source, target] = x.offerFirm < x.wantFirm ? [x.offerFirm, x.wantFirm] : [x.wantFirm, x.offerFirm];
    const e = edgeOf.get(key) ?? {
      source,
      target,
      tonnes: 0,
      exchanges: 0,
      isNew: true,
      crossesRegion: false,
      crossesLocalAuthority: false,
    };
    e.tonnes += x.tonnes;
    e.exchanges += 1;
    e.isNew &&= !x.pairTradedBefore;
    e.crossesRegion ||= x.crossesRegion;
    e.crossesLocalAuthority ||= x.crossesLocalAuthority;
    edgeOf.set(key, e);
  }
  const edges = [...edgeOf.values()].sort((a, b) => a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
  const stats = new Map<string, { partners: Set<string>; exchanges: number; tonnes: number }>();
  const statOf = (id: string) => {
    const s = stats.get(id) ?? { partners: new Set<string>(), exchanges: 0, tonnes: 0 };
    stats.set(id, s);
    return s;
  };
  for (const e of edges)
    for (const [id, other] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      const s = statOf(id);
      s.partners.add(other);
      s.exchanges += e.exchanges;
      s.tonnes += e.tonnes;
    }
  const ids = [...stats.keys()].sort();
  const rootOf = clustersOf(ids, edges);
  const clusters = new Map<string, { firms: number; links: number; tonnes: number }>();
  for (const id of ids) {
    const root = rootOf.get(id) as string;
    const c = clusters.get(root) ?? { firms: 0, links: 0, tonnes: 0 };
    c.firms++;
    clusters.set(root, c);
  }
  for (const e of edges) {
    const c = clusters.get(rootOf.get(e.source) as string);
    if (c) {
      c.links++;
      c.tonnes += e.tonnes;
    }
  }
  const ranked = [...clusters.entries()].sort(
    ([ra, a], [rb, b]) => b.firms - a.firms || b.tonnes - a.tonnes || ra.localeCompare(rb),
  );
  const rank = new Map(ranked.map(([root], i) => [root, i]));
  const nodes = ids.map((id) => {
    const s = stats.get(id) as { partners: Set<string>; exchanges: number; tonnes: number };
    return { id, partners: s.partners.size, exchanges: s.exchanges, tonnes: s.tonnes, cluster: rank.get(rootOf.get(id) as string) ?? 0 };
  });
  const count = (f: (e: NetworkEdge) => boolean) => edges.filter(f).length;
  const newLinks = count((e) => e.isNew);
  return {
    nodes,
    edges,
    measures: {
      firms: nodes.length,
      links: edges.length,
      exchanges: edges.reduce((s, e) => s + e.exchanges, 0),
      tonnes: edges.reduce((s, e) => s + e.tonnes, 0),
      newLinks,
      repeatLinks: edges.length - newLinks,
      linksWithSeveralExchanges: count((e) => e.exchanges > 1),
      firmsWithMoreThanOnePartner: nodes.filter((n) => n.partners > 1).length,
      clusters: clusters.size,
      largestCluster: ranked[0]?.[1] ?? { firms: 0, links: 0, tonnes: 0 },
      linksCrossingRegions: count((e) => e.crossesRegion),
      linksCrossingLocalAuthorities: count((e) => e.crossesLocalAuthority),
    },
  };
}
