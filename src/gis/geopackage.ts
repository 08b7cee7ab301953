// GeoPackage 1.3 writer (OGC 12-128r18): an SQLite file with the spatial reference table, the
// contents table and the geometry columns table, one feature table per layer, and geometries as
// GeoPackageBinary (a "GP" header with the SRS and envelope, then little-endian ISO WKB).
import Sqlite from 'better-sqlite3';
import type { LineString, Point } from 'geojson';

export type GpkgFieldType = 'TEXT' | 'REAL' | 'INTEGER' | 'BOOLEAN';
export type GpkgValue = string | number | boolean | null;

export interface GpkgLayer {
  /** The feature table's name: letters, digits and underscores. */
  name: string;
  description?: string;
  geometryType: 'POINT' | 'LINESTRING';
  fields: { name: string; type: GpkgFieldType }[];
  features: { geometry: Point | LineString; properties: Record<string, GpkgValue | undefined> }[];
}

const WGS84_WKT =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]';
const SRS_ID = 4326;
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

type Position = number[];
const positionsOf = (g: Point | LineString): Position[] => (g.type === 'Point' ? [g.coordinates] : g.coordinates);

function envelopeOf(points: Position[]): [number, number, number, number] {
  const xs = points.map((p) => p[0] ?? 0);
  const ys = points.map((p) => p[1] ?? 0);
  return [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
}

/** GeoPackageBinary: header (magic, version 0, flags, SRS id, envelope) then ISO WKB. */
export function geoPackageBinary(geometry: Point | LineString, srsId = SRS_ID): Buffer {
  const points = positionsOf(geometry);
  // A point's envelope is itself, so the header leaves it out (envelope indicator 0).
  const envelope = geometry.type === 'Point' ? null : envelopeOf(points);
  const headerLength = 8 + (envelope ? 32 : 0);
  const wkbLength = 1 + 4 + (geometry.type === 'Point' ? 16 : 4 + 16 * points.length);
  const out = Buffer.alloc(headerLength + wkbLength);
  out.write('GP', 0, 'latin1');
  out.writeUInt8(0, 2);
  // Bit 0: little-endian header; bits 1-3: envelope indicator (1 = minx, maxx, miny, maxy).
  out.writeUInt8(1 | ((envelope ? 1 : 0) << 1), 3);
  out.writeInt32LE(srsId, 4);
  envelope?.forEach((v, i) => out.writeDoubleLE(v, 8 + i * 8));
  let at = headerLength;
  out.writeUInt8(1, at);
  out.writeUInt32LE(geometry.type === 'Point' ? 1 : 2, at + 1);
  at += 5;
  if (geometry.type === 'LineString') {
    out.writeUInt32LE(points.length, at);
    at += 4;
  }
  for (const [x = 0, y = 0] of points) {
    out.writeDoubleLE(x, at);
    out.writeDoubleLE(y, at + 8);
    at += 16;
  }
  return out;
}

function sqliteValue(value: GpkgValue | undefined): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/** A GeoPackage file holding the layers, all in WGS 84 (EPSG:4326). */
export function writeGeoPackage(layers: GpkgLayer[]): Buffer {
  const db = new Sqlite(':memory:');
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${USER_VERSION}`);
    db.exec(REQUIRED_TABLES);
    db.prepare(`INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, ?, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')`).run(WGS84_WKT);
    for (const layer of layers) writeLayer(db, layer);
    return db.serialize();
  } finally {
    db.close();
  }
}

function writeLayer(db: Sqlite.Database, layer: GpkgLayer): void {
  for (const name of [layer.name, ...layer.fields.map((f) => f.name)])
    if (!IDENTIFIER.test(name) || name === 'fid' || name === 'geom') throw new Error(`bad GeoPackage name ${name}`);
  const columns = layer.fields.map((f) => `"${f.name}" ${f.type}`).join(', ');
  db.exec(`CREATE TABLE "${layer.name}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom ${layer.geometryType}${columns ? `, ${columns}` : ''})`);
  const all = layer.features.flatMap((f) => positionsOf(f.geometry));
  const [minX, maxX, minY, maxY] = all.length ? envelopeOf(all) : [null, null, null, null];
  db.prepare(
    `INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
     VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)`,
  ).run(layer.name, layer.name, layer.description ?? '', minX, minY, maxX, maxY, SRS_ID);
  db.prepare(`INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)`).run(layer.name, layer.geometryType, SRS_ID);
  const placeholders = ['?', ...layer.fields.map(() => '?')].join(', ');
  const names = ['geom', ...layer.fields.map((f) => `"${f.name}"`)].join(', ');
  const insert = db.prepare(`INSERT INTO "${layer.name}" (${names}) VALUES (${placeholders})`);
  db.transaction(() => {
    for (const f of layer.features)
      insert.run(geoPackageBinary(f.geometry), ...layer.fields.map((field) => sqliteValue(f.properties[field.name])));
  })();
}
