// Writes src/web/gb-outline.json: the United Kingdom's outline from Natural Earth (public domain)
// via the world-atlas package (1:50m TopoJSON), so the map has a shape of Great Britain to draw
// when no tile server is reachable. Run again only to change the source or the precision.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
const countries = feature(topology, topology.objects.countries as GeometryCollection);
const uk = countries.features.find((f) => f.id === '826') as Feature<Polygon | MultiPolygon> | undefined;
if (!uk) throw new Error('no United Kingdom (ISO 3166 826) in world-atlas');

const round = (ring: Position[]) => ring.map(([lon, lat]) => [Number(lon?.toFixed(3)), Number(lat?.toFixed(3))]);
const polygons = uk.geometry.type === 'Polygon' ? [uk.geometry.coordinates] : uk.geometry.coordinates;
const outline = {
  type: 'Feature',
  properties: {
    name: 'United Kingdom',
    source: 'Natural Earth 1:50m Admin 0 countries (public domain), via world-atlas 2.0.2 countries-50m.json',
  },
  geometry: { type: 'MultiPolygon', coordinates: polygons.map((p) => p.map(round)) },
};
writeFileSync(new URL('../../src/web/gb-outline.json', import.meta.url), `${JSON.stringify(outline)}\n`);
console.log(`wrote ${polygons.length} polygons`);
