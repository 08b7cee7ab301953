import { listedMaterials } from '../../schemas/listed-materials.ts';
import { createHash, type Hash, randomUUID } from 'node:crypto';
import { type Readable, Transform } from 'node:stream';
import { distance } from '@turf/turf';
import { parse as parseCsv } from 'csv-parse';
import { sql } from 'drizzle-orm';
import { type Database, inTransaction, queryRows } from '../../db/client.ts';
import { enqueueFanOuts } from '../notifications/queue.ts';
import {
  type CreateListing,
  createListingSchema,
  type ImportMode,
  type ListingImportReport,
  type RowErrors,
} from '../../schemas/listing.ts';
import {
  csvRowReader,
  FileError,
  type ImportRow,
  MAX_IMPORT_ROWS,
  rowsFromFeatureCollection,
  tooManyRows,
} from './import-rows.ts';
import { listingProblems, type MaterialDefinition } from './validate.ts';
import { badRequest, HttpProblem } from '../errors.ts';
import type { Principal } from '../auth/principal.ts';
import { listingValues } from './listings.ts';
import { listMaterials } from '../reference/materials.ts';
import { ownOrganisation } from './sites.ts';

export type ImportFile = { format: 'csv'; stream: Readable } | { format: 'geojson'; document: unknown };

/** How far a GeoJSON feature's point may lie from its site: listings are placed at their site. */
const MAX_SITE_OFFSET_KM = 1;
/** Rows per INSERT: one jsonb parameter each, well inside any statement limit. */
const CHUNK = 1000;
/** One CSV record's most bytes: a runaway quoted field fails here, not at the file's limit. */
const MAX_CSV_RECORD_BYTES = 64 * 1024;

/**
 * A file read and validated, before anything is written. The valid rows are kept as the JSON
 * text of their insert records, a chunk to a string: compact (no parsed rows are kept) and ready
 * to send, so a file is read with no transaction open and written in one.
 */
export interface PreparedImport {
  received: number;
  chunks: { rows: number; records: string }[];
  listings: { row: number; id: string }[];
  rejected: RowErrors[];
  /** What an Idempotency-Key is checked against: the file's SHA-256 (CSV) or its document. */
  fingerprint: unknown;
}

export const importTooLarge = (limitBytes: number) =>
  new HttpProblem(413, `body: is larger than the import limit of ${limitBytes} bytes`, {
    type: 'payload-too-large',
    errors: [{ in: 'body', path: 'body', message: `is larger than the import limit of ${limitBytes} bytes` }],
    extensions: { limitBytes },
  });

const fileProblem = (error: FileError) =>
  /limit is/.test(error.message)
    ? new HttpProblem(413, `${error.path}: ${error.message}`, {
        type: 'too-many-rows',
        errors: [{ in: 'body', path: error.path, message: error.message }],
        extensions: { limitRows: MAX_IMPORT_ROWS },
      })
    : badRequest(error.path, error.message);

/**
 * The records of a CSV body as they arrive, each parsed once and then dropped. Past `limitBytes`
 * the body is refused. When the reader stops early (an error, the row limit) the rest of the body
 * is left unread: the route closes the connection after its answer.
 */
async function* csvRecords(source: Readable, limitBytes: number, hash: Hash): AsyncGenerator<string[]> {
  let received = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      if (received > limitBytes) return done(importTooLarge(limitBytes));
      // PostgreSQL text cannot hold U+0000, and in UTF-8 only it has a zero byte.
      if (chunk.includes(0)) return done(badRequest('body', 'must not contain NUL (U+0000)'));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const parser = parseCsv({
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    max_record_size: MAX_CSV_RECORD_BYTES,
  });
  source.on('error', (error) => parser.destroy(error));
  counter.on('error', (error) => parser.destroy(error));
  source.pipe(counter).pipe(parser);
  try {
    for await (const record of parser) yield record as string[];
  } finally {
    source.unpipe(counter);
    counter.destroy();
    parser.destroy();
    source.pause();
  }
}

/** Collects rows as they are read: the valid ones as insert records, the rest with their errors. */
class RowCollector {
  received = 0;
  readonly chunks: PreparedImport['chunks'] = [];
  readonly listings: PreparedImport['listings'] = [];
  readonly rejected: RowErrors[] = [];
  private pending: string[] = [];

  constructor(
    private readonly materials: ReadonlyMap<string, MaterialDefinition>,
    private readonly sites: ReadonlyMap<string, { name: string; lon: number; lat: number }>,
  ) {}

  add(row: ImportRow) {
    this.received++;
    const errors = rowProblems(row, this.materials, this.sites);
    if (errors.listing) {
      const id = randomUUID();
      this.listings.push({ row: row.row, id });
      this.pending.push(JSON.stringify(insertRecord(id, errors.listing)));
      if (this.pending.length === CHUNK) this.flush();
    } else {
      this.rejected.push({ row: row.row, errors: errors.problems });
    }
  }

  flush() {
    if (this.pending.length) this.chunks.push({ rows: this.pending.length, records: `[${this.pending.join(',')}]` });
    this.pending = [];
  }
}

/**
 * Validates a row as POST /listings would, plus site ownership and (GeoJSON) the point's distance
 * from the site; every problem of the row is reported at once.
 */
function rowProblems(
  { body, point, readErrors }: ImportRow,
  materials: ReadonlyMap<string, MaterialDefinition>,
  sites: ReadonlyMap<string, { name: string; lon: number; lat: number }>,
): { listing: CreateListing; problems?: never } | { listing?: never; problems: RowErrors['errors'] } {
  const errors = [...(readErrors ?? [])];
  const parsed = createListingSchema.safeParse(body);
  if (!parsed.success)
    return { problems: [...errors, ...parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'row', message: i.message }))] };
  const listing = parsed.data;
  const codes = listedMaterials(listing);
  const unknown = codes.findIndex((code) => !materials.has(code));
  if (unknown >= 0)
    errors.push({ path: listing.materials ? `materials.${unknown}` : 'material', message: `is not a material in the catalogue (${codes[unknown]})` });
  const material = materials.get(codes[0] ?? '');
  if (material) errors.push(...listingProblems(material, listing).map(({ path, message }) => ({ path, message })));
  const site = sites.get(listing.siteId);
  if (!site) errors.push({ path: 'siteId', message: 'is not one of your sites' });
  else if (point) {
    const km = distance([site.lon, site.lat], point, { units: 'kilometers' });
    if (km > MAX_SITE_OFFSET_KM)
      errors.push({ path: 'geometry', message: `is ${km.toFixed(1)} km from site "${site.name}"; listings are placed at their site` });
  }
  return errors.length ? { problems: errors } : { listing };
}

const insertRecord = (id: string, l: CreateListing) => ({ id, ...listingValues(l), body: l });

async function readCsv(collector: RowCollector, stream: Readable, limitBytes: number, materials: ReadonlyMap<string, MaterialDefinition>) {
  const hash = createHash('sha256');
  let header: string[] | undefined;
  let readRow: ((cells: string[], row: number) => ImportRow) | undefined;
  try {
    for await (const cells of csvRecords(stream, limitBytes, hash)) {
      if (!header) {
        header = cells;
        continue;
      }
      // The header is checked with the first row, so an empty file is named as such first.
      readRow ??= csvRowReader(header, materials);
      // Stops at the first row over the limit: the rest of the file is never parsed.
      if (collector.received === MAX_IMPORT_ROWS) throw tooManyRows(`more than ${MAX_IMPORT_ROWS}`);
      collector.add(readRow(cells, collector.received + 1));
    }
  } catch (error) {
    if (error instanceof HttpProblem || error instanceof FileError) throw error;
    // csv-parse's own errors: the file is not CSV it can read.
    throw new FileError('body', `is not readable CSV: ${(error as Error).message}`);
  }
  if (!readRow) throw new FileError('body', 'has no rows after the header');
  return { csvSha256: hash.digest('hex') };
}

/**
 * Reads and validates a CSV (as it streams in) or GeoJSON import file without writing anything:
 * a file of more than MAX_IMPORT_ROWS rows is refused at the first row over, a CSV body over
 * `limitBytes` as soon as it passes it.
 */
export async function prepareImport(db: Database, p: Principal, file: ImportFile, limitBytes: number): Promise<PreparedImport> {
  const organisationId = ownOrganisation(p);
  const materials = new Map((await listMaterials(db)).map((m) => [m.code, m as MaterialDefinition]));
  const siteRows = await queryRows<{ id: string; name: string; lon: number; lat: number }>(
    db,
    sql`SELECT id, name, ST_X(location::geometry) AS lon, ST_Y(location::geometry) AS lat
        FROM sites WHERE organisation_id = ${organisationId}`,
  );
  const sites = new Map(siteRows.map((s) => [s.id, { name: s.name, lon: Number(s.lon), lat: Number(s.lat) }]));
  const collector = new RowCollector(materials, sites);
  let fingerprint: unknown;
  try {
    if (file.format === 'csv') fingerprint = await readCsv(collector, file.stream, limitBytes, materials);
    else {
      for (const row of rowsFromFeatureCollection(file.document)) collector.add(row);
      fingerprint = file.document;
    }
  } catch (error) {
    throw error instanceof FileError ? fileProblem(error) : error;
  }
  collector.flush();
  const { received, chunks, listings, rejected } = collector;
  return { received, chunks, listings, rejected, fingerprint };
}

/**
 * One statement per chunk: the listings and their audit entries, located at their sites. Answers
 * the ids of the active ones, whose fan-out (match alerts, saved searches) is then enqueued.
 */
async function insertChunk(tx: Database, p: Principal, organisationId: string, chunk: PreparedImport['chunks'][number], ttlDays: number) {
  const [result] = await queryRows<{ n: number; active: string[] | null }>(
    tx,
    sql`WITH r AS (
        -- The records' keys are listingValues' names, quoted to keep their case.
        SELECT * FROM jsonb_to_recordset(${chunk.records}::jsonb) AS r(
          id uuid, "siteId" uuid, kind listing_kind, "materialCode" text, grade jsonb, accepts jsonb,
          "quantityAmount" float8, "quantityUnit" quantity_unit, "quantityRate" listing_rate,
          "availableFrom" date, "availableUntil" date, "maxHaulKm" float8, "currentRoute" disposal_route,
          "gateFeeGbpPerTonne" float8, "virginPriceGbpPerTonne" float8, "replacesSupply" supply_origin, status listing_status, body jsonb)
      ), inserted AS (
        INSERT INTO listings (id, organisation_id, site_id, kind, material_code, grade, accepts,
          quantity_amount, quantity_unit, quantity_rate, available_from, available_until, max_haul_km,
          current_route, gate_fee_gbp_per_tonne, virgin_price_gbp_per_tonne, replaces_supply, status, expires_at, location)
        SELECT r.id, ${organisationId}, r."siteId", r.kind, r."materialCode", r.grade, r.accepts,
          r."quantityAmount", r."quantityUnit", r."quantityRate", r."availableFrom", r."availableUntil", r."maxHaulKm",
          r."currentRoute", r."gateFeeGbpPerTonne", r."virginPriceGbpPerTonne", r."replacesSupply", r.status,
          now() + make_interval(days => ${ttlDays}), s.location
        FROM r JOIN sites s ON s.id = r."siteId" AND s.organisation_id = ${organisationId}
        RETURNING id, status
      ), audited AS (
        INSERT INTO audit_log (actor_organisation_id, actor_key_id, action, entity_type, entity_id, before, after)
        SELECT ${organisationId}, ${p.keyId}::uuid, 'import', 'listing', i.id::text, NULL, r.body
        FROM inserted i JOIN r ON r.id = i.id
        RETURNING 1
      )
      SELECT (SELECT count(*)::int FROM audited) AS n,
             (SELECT array_agg(id) FROM inserted WHERE status = 'active') AS active`,
  );
  // A site deleted between validation and insert would drop rows silently; refuse instead.
  if (Number(result?.n) !== chunk.rows)
    throw new HttpProblem(409, 'A site named in the file changed during the import; nothing was imported.', {
      type: 'conflict',
    });
  return result?.active ?? [];
}

/**
 * Writes a prepared import. all-or-nothing: any invalid row refuses the whole file with its
 * report; valid-only: the valid rows are imported and the rest reported. Either way the rows that
 * are written are written in one transaction.
 */
export async function writeImport(
  db: Database,
  p: Principal,
  prepared: PreparedImport,
  mode: ImportMode,
  ttlDays: number,
): Promise<ListingImportReport> {
  const organisationId = ownOrganisation(p);
  const { received, chunks, listings, rejected } = prepared;
  if (rejected.length && (mode === 'all-or-nothing' || !listings.length)) {
    const first = rejected[0]?.errors[0];
    throw new HttpProblem(
      422,
      `${rejected.length} of ${received} rows are invalid; nothing was imported. ` +
        `First: row ${rejected[0]?.row}, ${first?.path}: ${first?.message}`,
      { type: 'import-rejected', title: 'Import rejected', extensions: { received, rejectedRows: rejected } },
    );
  }
  await inTransaction(db, async (tx) => {
    const active: string[] = [];
    for (const chunk of chunks) active.push(...(await insertChunk(tx, p, organisationId, chunk, ttlDays)));
    // Imported listings set off alerts as listings created one by one do, committed with them.
    await enqueueFanOuts(tx, active);
  });
  return { mode, received, imported: listings.length, rejected: rejected.length, listings, rejectedRows: rejected };
}
