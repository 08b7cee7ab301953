// Links between the OGC API resources. Absolute, as GDAL and QGIS follow them without resolving.
export const JSON_TYPE = 'application/json';
export const GEOJSON_TYPE = 'application/geo+json';
export const HTML_TYPE = 'text/html';
export const GPKG_TYPE = 'application/geopackage+sqlite3';
export const OPENAPI_TYPE = 'application/vnd.oai.openapi+json;version=3.1';

export interface Link {
  href: string;
  rel: string;
  type?: string;
  title?: string;
}

export const CONFORMANCE = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html',
  'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
];

/** `url` with its query parameter `name` set (or removed, for null). */
export function withParam(url: string, name: string, value: string | null): string {
  const u = new URL(url);
  if (value === null) u.searchParams.delete(name);
  else u.searchParams.set(name, value);
  return u.toString();
}

/** self in the format served, alternate in the other one. */
export function selfAndAlternate(url: string, served: 'json' | 'html', jsonType = JSON_TYPE): Link[] {
  const json = { href: withParam(url, 'f', 'json'), type: jsonType };
  const html = { href: withParam(url, 'f', 'html'), type: HTML_TYPE };
  return served === 'json'
    ? [{ ...json, rel: 'self', href: url }, { ...html, rel: 'alternate', title: 'This document as HTML' }]
    : [{ ...html, rel: 'self', href: url }, { ...json, rel: 'alternate', title: 'This document as JSON' }];
}

export function landingLinks(base: string): Link[] {
  return [
    { href: `${base}/api`, rel: 'service-desc', type: OPENAPI_TYPE, title: 'The API definition' },
    { href: `${base.replace(/\/ogc$/, '')}/documentation/`, rel: 'service-doc', type: HTML_TYPE, title: 'The API documentation' },
    { href: `${base}/conformance`, rel: 'conformance', type: JSON_TYPE, title: 'Conformance classes' },
    { href: `${base}/conformance`, rel: 'http://www.opengis.net/def/rel/ogc/1.0/conformance', type: JSON_TYPE },
    { href: `${base}/collections`, rel: 'data', type: JSON_TYPE, title: 'Collections' },
    { href: `${base}/collections`, rel: 'http://www.opengis.net/def/rel/ogc/1.0/data', type: JSON_TYPE },
  ];
}

export function collectionLinks(base: string, id: string): Link[] {
  return [
    { href: `${base}/collections/${id}/items`, rel: 'items', type: GEOJSON_TYPE, title: 'Features as GeoJSON' },
    { href: `${base}/collections/${id}/items?f=html`, rel: 'items', type: HTML_TYPE, title: 'Features as HTML' },
    { href: `${base}/collections/${id}/items?f=gpkg`, rel: 'items', type: GPKG_TYPE, title: 'Features as GeoPackage' },
  ];
}
