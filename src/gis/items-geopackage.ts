// A page of OGC API items as a GeoPackage: one layer named after the collection, holding the
// features of the GeoJSON page, in its CRS. Pure.
import type { Feature } from 'geojson';
import { COLLECTIONS, type CollectionId } from './collections.ts';
import { CRS_INFO, type Crs } from './crs.ts';
import { type GpkgFieldType, type GpkgSrs, type GpkgValue, writeGeoPackage } from './geopackage.ts';

const typeOf = (v: unknown): GpkgFieldType | null =>
  typeof v === 'number' ? 'REAL' : typeof v === 'boolean' ? 'BOOLEAN' : typeof v === 'string' ? 'TEXT' : null;

/** The columns the page's properties need: each typed by its first non-null value, TEXT if none. */
function fieldsOf(features: Feature[]): { name: string; type: GpkgFieldType }[] {
  const types = new Map<string, GpkgFieldType | null>();
  for (const f of features)
    for (const [name, value] of Object.entries(f.properties ?? {})) if (!types.get(name)) types.set(name, typeOf(value));
  return [...types].map(([name, type]) => ({ name, type: type ?? 'TEXT' }));
}

const valueOf = (v: unknown): GpkgValue => (typeof v === 'object' || v === undefined ? null : (v as GpkgValue));

export function itemsGeoPackage(id: CollectionId, crs: Crs, features: Feature[]): Buffer {
  const fields = [{ name: 'id', type: 'TEXT' as const }, ...fieldsOf(features)];
  return writeGeoPackage(
    [
      {
        name: id,
        description: COLLECTIONS[id].description,
        geometryType: COLLECTIONS[id].geometryType,
        fields,
        features: features.map((f) => ({
          geometry: f.geometry,
          properties: Object.fromEntries([['id', String(f.id)], ...Object.entries(f.properties ?? {}).map(([k, v]) => [k, valueOf(v)])]),
        })),
      },
    ],
    CRS_INFO[crs].srid as GpkgSrs,
  );
}
