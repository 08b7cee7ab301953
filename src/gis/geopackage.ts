// GeoPackage 1.3 writer (OGC 12-128r18): an SQLite file with the spatial reference table, the
// contents table and the geometry columns table, one feature table per layer, and geometries as
// GeoPackageBinary (a "GP" header with the SRS and envelope, then little-endian ISO WKB).
import Sqlite from 'better-sqlite3';
import type { Geometry, Position } from 'geojson';

export type GpkgFieldType = 'TEXT' | 'REAL' | 'INTEGER' | 'BOOLEAN';
export type GpkgValue = string | number | boolean | null;

export interface GpkgLayer {
  /** The feature table's name: letters, digits and underscores. */
  name: string;
  description?: string;
  geometryType: 'POINT' | 'LINESTRING' | 'MULTIPOLYGON' | 'GEOMETRY';
  fields: { name: string; type: GpkgFieldType }[];
  /** A null geometry is written as NULL (a feature with no position in the SRS). */
  features: { geometry: Geometry | null; properties: Record<string, GpkgValue | undefined> }[];
}

/** The SRS every layer of a file is in: WGS 84 lon/lat, or the British National Grid. */
export type GpkgSrs = 4326 | 27700;

const WGS84_WKT =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]';
const BNG_WKT =
  'PROJCS["OSGB 1936 / British National Grid",GEOGCS["OSGB 1936",DATUM["OSGB_1936",SPHEROID["Airy 1830",6377563.396,299.3249646,AUTHORITY["EPSG","7001"]],TOWGS84[446.448,-125.157,542.06,0.15,0.247,0.842,-20.489],AUTHORITY["EPSG","6277"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4277"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",49],PARAMETER["central_meridian",-2],PARAMETER["scale_factor",0.9996012717],PARAMETER["false_easting",400000],PARAMETER["false_northing",-100000],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","27700"]]';
const SRS: Record<GpkgSrs, [name: string, wkt: string, description: string]> = {
  4326: ['WGS 84 geodetic', WGS84_WKT, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid'],
  27700: ['OSGB 1936 / British National Grid', BNG_WKT, 'eastings and northings in metres'],
};
/** 'GPKG' as a 32-bit integer, the SQLite application_id a GeoPackage carries. */
const APPLICATION_ID = 0x47504b47;
const USER_VERSION = 10300;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

const REQUIRED_TABLES = `
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
INSERT INTO gpkg_spatial_ref_sys VALUES
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');`;

/** Every position of a geometry, for its envelope. */
function positionsOf(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
    case 'MultiPoint':
      return g.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positionsOf);
  }
}

function envelopeOf(points: Position[]): [number, number, number, number] {
  const xs = points.map((p) => p[0] ?? 0);
  const ys = points.map((p) => p[1] ?? 0);
  return [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
}

const WKB_TYPE = { Point: 1, LineString: 2, Polygon: 3, MultiPoint: 4, MultiLineString: 5, MultiPolygon: 6, GeometryCollection: 7 } as const;

/** Little-endian ISO WKB (2D). */
function wkb(g: Geometry): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt8(1, 0);
  head.writeUInt32LE(WKB_TYPE[g.type], 1);
  const count = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n, 0);
    return b;
  };
  const points = (ps: Position[]) => {
    const b = Buffer.alloc(16 * ps.length);
    ps.forEach(([x = 0, y = 0], i) => {
      b.writeDoubleLE(x, i * 16);
      b.writeDoubleLE(y, i * 16 + 8);
    });
    return b;
  };
  const rings = (rs: Position[][]) => [count(rs.length), ...rs.flatMap((r) => [count(r.length), points(r)])];
  switch (g.type) {
    case 'Point':
      return Buffer.concat([head, points([g.coordinates])]);
    case 'LineString':
      return Buffer.concat([head, count(g.coordinates.length), points(g.coordinates)]);
    case 'Polygon':
      return Buffer.concat([head, ...rings(g.coordinates)]);
    case 'MultiPoint':
      return Buffer.concat([head, count(g.coordinates.length), ...g.coordinates.map((c) => wkb({ type: 'Point', coordinates: c }))]);
    case 'MultiLineString':
      return Buffer.concat([head, count(g.coordinates.length), ...g.coordinates.map((c) => wkb({ type: 'LineString', coordinates: c }))]);
    case 'MultiPolygon':
      return Buffer.concat([head, count(g.coordinates.length), ...g.coordinates.map((c) => wkb({ type: 'Polygon', coordinates: c }))]);
    case 'GeometryCollection':
      return Buffer.concat([head, count(g.geometries.length), ...g.geometries.map(wkb)]);
  }
}

/** GeoPackageBinary: header (magic, version 0, flags, SRS id, envelope) then ISO WKB. */
export function geoPackageBinary(geometry: Geometry, srsId: number = 4326): Buffer {
  // A point's envelope is itself, so the header leaves it out (envelope indicator 0).
  const envelope = geometry.type === 'Point' ? null : envelopeOf(positionsOf(geometry));
  const header = Buffer.alloc(8 + (envelope ? 32 : 0));
  header.write('GP', 0, 'latin1');
  header.writeUInt8(0, 2);
  // Bit 0: little-endian header; bits 1-3: envelope indicator (1 = minx, maxx, miny, maxy).
  header.writeUInt8(1 | ((envelope ? 1 : 0) << 1), 3);
  header.writeInt32LE(srsId, 4);
  envelope?.forEach((v, i) => header.writeDoubleLE(v, 8 + i * 8));
  return Buffer.concat([header, wkb(geometry)]);
}

function sqliteValue(value: GpkgValue | undefined): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/** A GeoPackage file holding the layers, all in one SRS (WGS 84 lon/lat unless told). */
export function writeGeoPackage(layers: GpkgLayer[], srs: GpkgSrs = 4326): Buffer {
  const db = new Sqlite(':memory:');
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${USER_VERSION}`);
    db.exec(REQUIRED_TABLES);
    const [name, wkt, description] = SRS[srs];
    db.prepare(`INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, 'EPSG', ?, ?, ?)`).run(name, srs, srs, wkt, description);
    for (const layer of layers) writeLayer(db, layer, srs);
    return db.serialize();
  } finally {
    db.close();
  }
}

function writeLayer(db: Sqlite.Database, layer: GpkgLayer, srs: GpkgSrs): void {
  for (const name of [layer.name, ...layer.fields.map((f) => f.name)])
    if (!IDENTIFIER.test(name) || name === 'fid' || name === 'geom') throw new Error(`bad GeoPackage name ${name}`);
  const columns = layer.fields.map((f) => `"${f.name}" ${f.type}`).join(', ');
  db.exec(`CREATE TABLE "${layer.name}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom ${layer.geometryType}${columns ? `, ${columns}` : ''})`);
  const all = layer.features.flatMap((f) => (f.geometry ? positionsOf(f.geometry) : []));
  const [minX, maxX, minY, maxY] = all.length ? envelopeOf(all) : [null, null, null, null];
  db.prepare(
    `INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
     VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)`,
  ).run(layer.name, layer.name, layer.description ?? '', minX, minY, maxX, maxY, srs);
  db.prepare(`INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)`).run(layer.name, layer.geometryType, srs);
  const placeholders = ['?', ...layer.fields.map(() => '?')].join(', ');
  const names = ['geom', ...layer.fields.map((f) => `"${f.name}"`)].join(', ');
  const insert = db.prepare(`INSERT INTO "${layer.name}" (${names}) VALUES (${placeholders})`);
  db.transaction(() => {
    for (const f of layer.features)
      insert.run(f.geometry ? geoPackageBinary(f.geometry, srs) : null, ...layer.fields.map((field) => sqliteValue(f.properties[field.name])));
  })();
}
