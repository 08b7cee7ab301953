// The OGC API – Features documents, JSON and HTML, from what the service found. Pure.
import type { Feature } from 'geojson';
import { COLLECTIONS, type CollectionId, describeCollection } from './collections.ts';
import type { FeaturePage } from './features.ts';
import { type HtmlTable, renderHtml } from './html.ts';
import {
  collectionLinks,
  CONFORMANCE,
  GEOJSON_TYPE,
  JSON_TYPE,
  landingLinks,
  type Link,
  selfAndAlternate,
  withParam,
} from './links.ts';

export type Format = 'json' | 'html';

/** What a route sends: a body and its media type. */
export interface Rendered {
  type: string;
  body: string;
}

const HTML = 'text/html; charset=utf-8';
const json = (doc: object, type = JSON_TYPE): Rendered => ({ type, body: JSON.stringify(doc) });
const html = (page: Parameters<typeof renderHtml>[0]): Rendered => ({ type: HTML, body: renderHtml(page) });

const TITLE = 'Reuse Exchange – OGC API Features';

export function landingPage(base: string, self: string, format: Format): Rendered {
  const doc = {
    title: TITLE,
    description: 'Surplus materials and feedstock needs, regions and realised flows, as OGC API – Features.',
    links: [...selfAndAlternate(self, format), ...landingLinks(base)],
  };
  return format === 'json' ? json(doc) : html(doc);
}

export function conformancePage(self: string, format: Format): Rendered {
  const links = selfAndAlternate(self, format);
  if (format === 'json') return json({ conformsTo: CONFORMANCE, links });
  return html({ title: 'Conformance', links, tables: [{ heading: 'Conforms to', rows: CONFORMANCE.map((c) => ({ class: c })) }] });
}

function collectionDoc(base: string, id: CollectionId, links: Link[]) {
  return { ...describeCollection(id), links: [...links, ...collectionLinks(base, id)] };
}

export function collectionPage(base: string, id: CollectionId, self: string, format: Format): Rendered {
  const doc = collectionDoc(base, id, selfAndAlternate(self, format));
  if (format === 'json') return json(doc);
  return html({
    title: doc.title,
    description: doc.description,
    links: doc.links,
    tables: [{ heading: 'Coordinate reference systems', rows: doc.crs.map((crs) => ({ crs, storage: crs === doc.storageCrs })) }],
  });
}

export function collectionsPage(base: string, ids: CollectionId[], self: string, format: Format): Rendered {
  const collections = ids.map((id) =>
    collectionDoc(base, id, [{ href: `${base}/collections/${id}`, rel: 'self', type: JSON_TYPE, title: COLLECTIONS[id].title }]),
  );
  const links = selfAndAlternate(self, format);
  if (format === 'json') return json({ links, collections });
  return html({
    title: 'Collections',
    links: [...links, ...collections.flatMap((c) => c.links.filter((l) => l.rel === 'items' && l.type === 'text/html'))],
    tables: [{ heading: 'Collections', rows: collections.map((c) => ({ id: c.id, title: c.title, description: c.description })) }],
  });
}

const featureRows = (features: Feature[]): HtmlTable['rows'] =>
  features.map((f) => ({ id: f.id, ...f.properties, geometry: f.geometry }));

export function itemsPage(base: string, id: CollectionId, self: string, page: FeaturePage, format: Format): Rendered {
  const links: Link[] = [
    ...selfAndAlternate(self, format, GEOJSON_TYPE),
    { href: `${base}/collections/${id}`, rel: 'collection', type: JSON_TYPE, title: COLLECTIONS[id].title },
  ];
  const type = format === 'json' ? GEOJSON_TYPE : 'text/html';
  if (page.next) links.push({ href: withParam(self, 'cursor', page.next), rel: 'next', type, title: 'Next page' });
  if (page.prev) links.push({ href: withParam(self, 'cursor', page.prev), rel: 'prev', type, title: 'Previous page' });
  const doc = {
    type: 'FeatureCollection',
    features: page.features,
    ...(page.numberMatched === null ? {} : { numberMatched: page.numberMatched }),
    numberReturned: page.features.length,
    timeStamp: new Date().toISOString(),
    links,
  };
  if (format === 'json') return json(doc, GEOJSON_TYPE);
  return html({
    title: `${COLLECTIONS[id].title}: features`,
    description: `${doc.numberReturned} returned${page.numberMatched === null ? '' : ` of ${page.numberMatched}`}.`,
    links,
    tables: [{ heading: 'Features', rows: featureRows(page.features) }],
  });
}

export function featurePage(base: string, id: CollectionId, self: string, feature: Feature, format: Format): Rendered {
  const links: Link[] = [
    ...selfAndAlternate(self, format, GEOJSON_TYPE),
    { href: `${base}/collections/${id}`, rel: 'collection', type: JSON_TYPE, title: COLLECTIONS[id].title },
  ];
  if (format === 'json') return json({ ...feature, links }, GEOJSON_TYPE);
  return html({ title: `${COLLECTIONS[id].title}: ${String(feature.id)}`, links, tables: [{ heading: 'Feature', rows: featureRows([feature]) }] });
}
