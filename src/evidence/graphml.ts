// GraphML (http://graphml.graphdrawing.org/) of the network, as Gephi and Cytoscape read it. Pure.
import type { Network } from './network.ts';

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);

type Attr = { id: string; for: 'node' | 'edge'; name: string; type: 'string' | 'double' | 'int' | 'boolean' };
const ATTRIBUTES: Attr[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'partners', for: 'node', name: 'partners', type: 'int' },
  { id: 'n_tonnes', for: 'node', name: 'tonnes', type: 'double' },
  { id: 'cluster', for: 'node', name: 'cluster', type: 'int' },
  { id: 'lon', for: 'node', name: 'lon', type: 'double' },
  { id: 'lat', for: 'node', name: 'lat', type: 'double' },
  { id: 'weight', for: 'edge', name: 'weight', type: 'double' },
  { id: 'exchanges', for: 'edge', name: 'exchanges', type: 'int' },
  { id: 'new', for: 'edge', name: 'new', type: 'boolean' },
  { id: 'crosses_region', for: 'edge', name: 'crossesRegion', type: 'boolean' },
  { id: 'crosses_la', for: 'edge', name: 'crossesLocalAuthority', type: 'boolean' },
];

export interface NodeLabel {
  name: string;
  /** The firm's public point (about 1 km), never its site. */
  point: [number, number] | null;
}

/** The network as GraphML: edge weight is tonnes; each firm's label and public point. */
export function toGraphml(network: Network, labels: ReadonlyMap<string, NodeLabel>): string {
  const data = (key: string, value: string | number | boolean) => `<data key="${key}">${escapeXml(String(value))}</data>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...ATTRIBUTES.map((a) => `<key id="${a.id}" for="${a.for}" attr.name="${a.name}" attr.type="${a.type}"/>`),
    '<graph id="reuse-network" edgedefault="undirected">',
  ];
  for (const n of network.nodes) {
    const label = labels.get(n.id);
    const point = label?.point;
    lines.push(
      `<node id="${escapeXml(n.id)}">${data('label', label?.name ?? n.id)}${data('partners', n.partners)}${data('n_tonnes', n.tonnes)}${data('cluster', n.cluster)}${point ? data('lon', point[0]) + data('lat', point[1]) : ''}</node>`,
    );
  }
  network.edges.forEach((e, i) => {
    lines.push(
      `<edge id="e${i}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${data('weight', e.tonnes)}${data('exchanges', e.exchanges)}${data('new', e.isNew)}${data('crosses_region', e.crossesRegion)}${data('crosses_la', e.crossesLocalAuthority)}</edge>`,
    );
  });
  lines.push('</graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
