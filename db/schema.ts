// Drizzle table definitions: the single source for drizzle-kit migrations and typed queries.
// Kept free of project imports so drizzle-kit can load it on its own.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * A WGS 84 point stored as PostGIS geography, so distances come out in metres on the spheroid.
 * drizzle's own geometry() drops the SRID, hence the custom type. Values travel as EWKT text in
 * and GeoJSON-able [lon, lat] out through explicit SQL (ST_X/ST_Y) in the services.
 */
export const geographyPoint = customType<{ data: string; driverData: string }>({
  dataType() {
    return 'geography(Point,4326)';
  },
});

/**
 * Where matching walks a listing: its point on the British National Grid (EPSG:27700, metres;
 * the migration's grid_point()) moved into a region of the plane of its own material and kind
 * (match_point(), migration 0008), from its public point (migration 0009). One single-column GiST index then serves material, kind and
 * nearness together, and walks it faster than a btree_gist index over the three columns.
 * Planar distances within a region are grid distances. NULL outside the area where the grid's
 * scale error stays under 0.6 %.
 */
export const matchPoint = customType<{ data: string; driverData: string }>({
  dataType() {
    return 'geometry(Point,27700)';
  },
});

/**
 * A listing's public point in Web Mercator (EPSG:3857, metres), where vector tiles are cut: the
 * tile query then reads points already in tile space's projection through one GiST index.
 */
export const webMercatorPoint = customType<{ data: string; driverData: string }>({
  dataType() {
    return 'geometry(Point,3857)';
  },
});

/** A WGS 84 point as planar geometry (lon/lat), compared by coordinates in boxes. */
export const geometryPoint4326 = customType<{ data: string; driverData: string }>({
  dataType() {
    return 'geometry(Point,4326)';
  },
});

/** A boundary of one or more polygons, WGS 84; single Polygons are stored as MultiPolygons. */
export const geographyMultiPolygon = customType<{ data: string; driverData: string }>({
  dataType() {
    return 'geography(MultiPolygon,4326)';
  },
});

/** Binary content (attachments), as Buffers in and out on both drivers. */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType() {
    return 'bytea';
  },
});

/** A piece of a region's boundary: planar WGS 84, small enough to test a point against quickly. */
export const geometryPiece = customType<{ data: string; driverData: string }>({
  dataType() {
    return 'geometry(Geometry,4326)';
  },
});

export const roleEnum = pgEnum('organisation_role', ['member', 'officer', 'admin']);
export const materialCategoryEnum = pgEnum('material_category', [
  'sand-aggregates',
  'water',
  'metals',
  'other',
]);
export const quantityUnitEnum = pgEnum('quantity_unit', ['t', 'm3']);
export const listingKindEnum = pgEnum('listing_kind', ['offer', 'want']);
export const listingRateEnum = pgEnum('listing_rate', ['one-off', 'week', 'month', 'year']);
export const listingStatusEnum = pgEnum('listing_status', ['draft', 'active', 'paused', 'closed', 'expired']);
export const disposalRouteEnum = pgEnum('disposal_route', ['landfill', 'recycling', 'other']);
export const regionLevelEnum = pgEnum('region_level', ['region', 'local-authority']);
/** Whether a want's feedstock came from abroad or from UK supply, as the firm says. */
export const supplyOriginEnum = pgEnum('supply_origin', ['imported', 'domestic']);
export const wasteStatusEnum = pgEnum('waste_status', ['waste', 'by-product', 'end-of-waste']);

const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

export const organisations = pgTable('organisations', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  role: roleEnum().notNull(),
  contactEmail: text().notNull(),
  contactName: text(),
  contactPhone: text(),
  /** Registered or trading address and SIC 2007 code: items of a waste transfer note (reg. 35). */
  address: text(),
  sicCode: text(),
  ...timestamps,
});

/** Only a SHA-256 of each key is kept; the prefix is public so people can tell keys apart. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    prefix: text().notNull(),
    keyHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('api_keys_prefix_key').on(t.prefix),
    index('api_keys_organisation_idx').on(t.organisationId),
  ],
);

/**
 * People who sign in to the web app. Each belongs to one organisation and acts with its role;
 * an organisation admin may invite colleagues. Email is stored lower-case; the password only as
 * a scrypt hash.
 */
export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    orgAdmin: boolean().notNull().default(false),
    failedSignIns: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_email_key').on(t.email), index('users_organisation_idx').on(t.organisationId)],
);

/** An invitation to join an organisation; only a SHA-256 of its token is kept. */
export const invites = pgTable(
  'invites',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    email: text().notNull(),
    orgAdmin: boolean().notNull().default(false),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('invites_token_key').on(t.tokenHash), index('invites_email_idx').on(t.email)],
);

/** A signed-in browser: the cookie carries the token, of which only a SHA-256 is kept. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull(),
    csrfToken: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('sessions_token_key').on(t.tokenHash), index('sessions_user_idx').on(t.userId)],
);

/** The material catalogue, loaded from db/seed/materials.json at start-up. */
export const materials = pgTable('materials', {
  code: text().primaryKey(),
  name: text().notNull(),
  category: materialCategoryEnum().notNull(),
  unit: quantityUnitEnum().notNull(),
  densityTPerM3: doublePrecision('density_t_per_m3'),
  description: text().notNull(),
  ewcCodes: jsonb().notNull(),
  hazardous: boolean().notNull().default(false),
  properties: jsonb().notNull(),
  substitutes: text().array().notNull().default(sql`'{}'::text[]`),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const sites = pgTable(
  'sites',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    address: text(),
    postcode: text(),
    location: geographyPoint().notNull(),
    /** What lets the site receive waste: {kind: permit|exemption|none, reference?, exemptions?}. */
    authorisation: jsonb(),
    /** The receiver's Digital Waste Tracking API code. */
    wasteTrackingApiCode: uuid(),
    ...timestamps,
  },
  (t) => [
    index('sites_organisation_idx').on(t.organisationId),
    index('sites_location_gix').using('gist', t.location),
  ],
);

export const listings = pgTable(
  'listings',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    siteId: uuid()
      .notNull()
      .references(() => sites.id, { onDelete: 'restrict' }),
    kind: listingKindEnum().notNull(),
    materialCode: text()
      .notNull()
      .references(() => materials.code),
    grade: jsonb().notNull().default(sql`'{}'::jsonb`),
    accepts: jsonb().notNull().default(sql`'{}'::jsonb`),
    quantityAmount: doublePrecision().notNull(),
    quantityUnit: quantityUnitEnum().notNull(),
    quantityRate: listingRateEnum().notNull(),
    availableFrom: date({ mode: 'string' }),
    availableUntil: date({ mode: 'string' }),
    maxHaulKm: doublePrecision().notNull(),
    currentRoute: disposalRouteEnum(),
    gateFeeGbpPerTonne: doublePrecision(),
    virginPriceGbpPerTonne: doublePrecision(),
    /** Wants: whether the feedstock it replaces is imported or domestic (the firm says). */
    replacesSupply: supplyOriginEnum(),
    /** The lister's own words: what it is, how it is packed, when it can be collected. */
    description: text(),
    /**
     * Wants: materials accepted besides material_code ("foundry sand or silica sand"). The
     * trigger of migration 0016 mirrors them into want_other_materials, which matching walks.
     */
    otherMaterials: text().array().notNull().default(sql`'{}'::text[]`),
    status: listingStatusEnum().notNull().default('active'),
    /** The lister's own classification (src/compliance/classification.ts). */
    wasteStatus: wasteStatusEnum().notNull().default('waste'),
    ewcCode: text(),
    hazardous: boolean().notNull().default(false),
    /** hazardAssessment, byProduct tests or endOfWaste basis, as sent. */
    classification: jsonb().notNull().default(sql`'{}'::jsonb`),
    version: integer().notNull().default(1),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** The site's point, copied so matching reads one table. */
    location: geographyPoint().notNull(),
    /**
     * What other members may learn of the point: the centre of its ~1 km cell (public_point(),
     * migration 0009, the same as generaliseLocation). Their distances, filters and order use it.
     */
    publicLocation: geographyPoint().generatedAlwaysAs(sql`public_point(location)`),
    matchPoint: matchPoint().generatedAlwaysAs(sql`match_point(material_code, kind, grid_point(public_point(location)))`),
    /** The public point in Web Mercator, for vector tiles (src/gis/tiles.ts). */
    tilePoint: webMercatorPoint().generatedAlwaysAs(sql`ST_Transform(public_point(location)::geometry, 3857)`),
    ...timestamps,
  },
  (t) => [
    index('listings_organisation_idx').on(t.organisationId),
    index('listings_site_idx').on(t.siteId),
    index('listings_material_kind_status_idx').on(t.materialCode, t.kind, t.status),
    index('listings_location_gix').using('gist', t.location),
    index('listings_public_location_gix').using('gist', t.publicLocation),
    // Matching walks these nearest-first for one material and kind among active listings: by
    // match point where a listing has one, on geography for the few that lie beyond the grid.
    // Both are public points, so a member's walk stops where the public distances say.
    index('listings_active_match_gix')
      .using('gist', t.matchPoint)
      .where(sql`status = 'active' AND match_point IS NOT NULL`),
    index('listings_active_tile_gix').using('gist', t.tilePoint).where(sql`status = 'active'`),
    // The expiry sweep (src/notifications/expiry.ts) finds active listings by when they expire.
    index('listings_active_expires_idx').on(t.expiresAt).where(sql`status = 'active'`),
    index('listings_active_off_grid_gix')
      .using('gist', t.materialCode, t.kind, t.publicLocation)
      .where(sql`status = 'active' AND match_point IS NULL`),
    // OGC API items filter active listings by a box on their public points, compared as
    // geometry (lon/lat edges) rather than geography (great-circle edges), so edges are exact.
    index('listings_active_public_point_gix')
      .using('gist', sql`(public_location::geometry)`)
      .where(sql`status = 'active'`),
    // Readers of tile_cells find the listings that ended since its last sweep by when they end.
    index('listings_active_ends_idx')
      .on(sql`listing_ends_at(expires_at, available_until)`)
      .where(sql`status = 'active'`),
  ],
);

/**
 * How many listings are shown at each public point, per kind: the precomputed counts that
 * low-zoom vector tiles and OGC numberMatched sum instead of reading every listing (migration
 * tile_cells). Kept by statement triggers on listings. A listing counts while it is active and
 * ends (expires, or for `available` also its last available day passes) after
 * tile_cells_sweep.swept_until; readers subtract the few that ended between then and now, so a
 * count is never stale. Every listing of a public point has the same
 * point, so sums over the points in a box are exact to its edges.
 */
export const tileCells = pgTable(
  'tile_cells',
  {
    lon: doublePrecision().notNull(),
    lat: doublePrecision().notNull(),
    kind: listingKindEnum().notNull(),
    /** The listings' hazard flag (listings.hazardous), so that a cell can say how many are hazardous */
    hazardous: boolean().notNull().default(false),
    /** Active listings here, unexpired at swept_until (OGC items counts these) */
    listings: integer().notNull(),
    /** Of which still available then too (listing_ends_at; tiles draw these) */
    available: integer().notNull(),
    /** The public point, as listings.public_location::geometry */
    point: geometryPoint4326().generatedAlwaysAs(sql`ST_SetSRID(ST_MakePoint(lon, lat), 4326)`),
    /** The public point in Web Mercator, as listings.tile_point */
    tilePoint: webMercatorPoint().generatedAlwaysAs(sql`ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 3857)`),
  },
  (t) => [
    primaryKey({ columns: [t.lon, t.lat, t.kind, t.hazardous] }),
    index('tile_cells_point_gix').using('gist', t.point).where(sql`listings <> 0`),
    index('tile_cells_tile_point_gix').using('gist', t.tilePoint).where(sql`listings <> 0`),
  ],
);

/**
 * tile_cells again, per material a listing names (its first, and a want's others: each once), so
 * that a tile or numberMatched narrowed to one material sums counts too (migration
 * tile_cell_materials). Kept by the same triggers and sweep as tile_cells. A listing of several
 * materials is in several rows: sums are exact for one material, not across them.
 */
export const tileCellMaterials = pgTable(
  'tile_cell_materials',
  {
    material: text().notNull(),
    lon: doublePrecision().notNull(),
    lat: doublePrecision().notNull(),
    kind: listingKindEnum().notNull(),
    hazardous: boolean().notNull(),
    listings: integer().notNull(),
    available: integer().notNull(),
    point: geometryPoint4326().generatedAlwaysAs(sql`ST_SetSRID(ST_MakePoint(lon, lat), 4326)`),
    tilePoint: webMercatorPoint().generatedAlwaysAs(sql`ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 3857)`),
  },
  (t) => [
    // A material's cells in a range of longitude: what a tile narrowed to it reads.
    primaryKey({ columns: [t.material, t.lon, t.lat, t.kind, t.hazardous] }),
    index('tile_cell_materials_point_gix').using('gist', t.point).where(sql`listings <> 0`),
  ],
);

/** The instant up to which ended listings have been taken out of tile_cells (one row). */
export const tileCellsSweep = pgTable('tile_cells_sweep', {
  id: boolean().primaryKey().default(true),
  sweptUntil: timestamp({ withTimezone: true }).notNull(),
});

/**
 * One row per further material a want accepts, kept by a trigger on listings (migration 0016)
 * with the listing's point copied, so that an offer's nearest-first walk finds the want by any
 * of its materials through a GiST index, as listings_active_match_gix does for the first.
 */
export const wantOtherMaterials = pgTable(
  'want_other_materials',
  {
    listingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    materialCode: text()
      .notNull()
      .references(() => materials.code),
    location: geographyPoint().notNull(),
    publicLocation: geographyPoint().generatedAlwaysAs(sql`public_point(location)`),
    matchPoint: matchPoint().generatedAlwaysAs(sql`match_point(material_code, 'want'::listing_kind, grid_point(public_point(location)))`),
  },
  (t) => [
    primaryKey({ columns: [t.listingId, t.materialCode] }),
    index('want_other_materials_match_gix').using('gist', t.matchPoint).where(sql`match_point IS NOT NULL`),
    index('want_other_materials_off_grid_gix')
      .using('gist', t.materialCode, t.publicLocation)
      .where(sql`match_point IS NULL`),
  ],
);

/**
 * Lab analyses and photos of a listing, kept in the database so that every instance and every
 * backup has them. Images are stored with their embedded metadata (EXIF GPS and the like) removed.
 */
export const listingAttachments = pgTable(
  'listing_attachments',
  {
    id: uuid().primaryKey().defaultRandom(),
    listingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    fileName: text().notNull(),
    mediaType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('listing_attachments_listing_idx').on(t.listingId, t.createdAt)],
);

export const exchangeStatusEnum = pgEnum('exchange_status', [
  'proposed',
  'accepted',
  'active',
  'completed',
  'declined',
  'cancelled',
]);
export const declineReasonEnum = pgEnum('decline_reason', [
  'price',
  'grade',
  'distance',
  'timing',
  'regulatory',
  'other',
]);

export const exchanges = pgTable(
  'exchanges',
  {
    id: uuid().primaryKey().defaultRandom(),
    offerId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'restrict' }),
    wantId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'restrict' }),
    // The parties at the time of the proposal: listings never change hands.
    offerOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    wantOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id),
    proposedByOrganisationId: uuid().references(() => organisations.id),
    quantityAmount: doublePrecision().notNull(),
    quantityUnit: quantityUnitEnum().notNull(),
    quantityRate: listingRateEnum().notNull(),
    status: exchangeStatusEnum().notNull().default('proposed'),
    offerAccepted: boolean().notNull().default(false),
    wantAccepted: boolean().notNull().default(false),
    declineReason: declineReasonEnum(),
    declineNote: text(),
    // The terms on the table: £ per tonne the receiver pays the supplier (negative: the supplier
    // pays the receiver, as a gate fee), and the note that came with them.
    priceGbpPerTonne: doublePrecision(),
    note: text(),
    ...timestamps,
  },
  (t) => [
    index('exchanges_offer_status_idx').on(t.offerId, t.status),
    index('exchanges_want_idx').on(t.wantId),
    index('exchanges_offer_org_idx').on(t.offerOrganisationId),
    index('exchanges_want_org_idx').on(t.wantOrganisationId),
  ],
);

/** Every transition of an exchange: who, when, from and to, and why. Append-only. */
export const exchangeEvents = pgTable(
  'exchange_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    exchangeId: uuid()
      .notNull()
      .references(() => exchanges.id, { onDelete: 'cascade' }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorOrganisationId: uuid().references(() => organisations.id),
    actorKeyId: uuid(),
    actorUserId: uuid(),
    action: text().notNull(),
    fromStatus: exchangeStatusEnum(),
    toStatus: exchangeStatusEnum().notNull(),
    reason: declineReasonEnum(),
    note: text(),
    // For a proposal or a counter-proposal, the terms it put on the table: the history of terms.
    quantityAmount: doublePrecision(),
    priceGbpPerTonne: doublePrecision(),
  },
  (t) => [index('exchange_events_exchange_idx').on(t.exchangeId, t.at)],
);

/** The conversation between the parties of an exchange (and officers). Append-only, plain text. */
export const exchangeMessages = pgTable(
  'exchange_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    exchangeId: uuid()
      .notNull()
      .references(() => exchanges.id, { onDelete: 'cascade' }),
    authorOrganisationId: uuid().references(() => organisations.id),
    authorUserId: uuid(),
    authorKeyId: uuid(),
    // Which side wrote it, fixed when written: an officer's organisation is on neither side.
    authorSide: text({ enum: ['offer', 'want', 'officer'] }).notNull(),
    text: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('exchange_messages_exchange_idx').on(t.exchangeId, t.createdAt, t.id)],
);

/** How far each organisation has read an exchange's thread: unread counts are messages after it. */
export const exchangeMessageReads = pgTable(
  'exchange_message_reads',
  {
    exchangeId: uuid()
      .notNull()
      .references(() => exchanges.id, { onDelete: 'cascade' }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    readAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.exchangeId, t.organisationId] })],
);

/** Every write by anyone: who, what, when, and the entity before and after. Append-only. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid().primaryKey().defaultRandom(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorOrganisationId: uuid(),
    actorKeyId: uuid(),
    actorUserId: uuid(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    before: jsonb(),
    after: jsonb(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entityType, t.entityId), index('audit_log_at_idx').on(t.at, t.id)],
);

/** Responses to POSTs sent with an Idempotency-Key, replayed when the same request comes again. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    principal: text().notNull(),
    key: text().notNull(),
    requestHash: text().notNull(),
    statusCode: integer().notNull(),
    response: jsonb().notNull(),
    location: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.principal, t.key] })],
);

/**
 * Cited figure sets for savings estimates. Immutable once stored: next year's figures are a new
 * set, so every estimate and transfer that names a set can be reproduced.
 */
export const factorSets = pgTable('factor_sets', {
  id: text().primaryKey(),
  name: text().notNull(),
  description: text().notNull().default(''),
  factors: jsonb().notNull(),
  materials: jsonb().notNull(),
  createdByOrganisationId: uuid(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * What was actually moved under an exchange, with the savings realised, computed once with the
 * factor set in force and never edited: a correction is a new row naming the one it replaces.
 */
export const transfers = pgTable(
  'transfers',
  {
    id: uuid().primaryKey().defaultRandom(),
    exchangeId: uuid()
      .notNull()
      .references(() => exchanges.id, { onDelete: 'restrict' }),
    date: date({ mode: 'string' }).notNull(),
    amount: doublePrecision().notNull(),
    unit: quantityUnitEnum().notNull(),
    haulKm: doublePrecision(),
    note: text(),
    correctsTransferId: uuid(),
    factorSetId: text()
      .notNull()
      .references(() => factorSets.id),
    estimate: jsonb().notNull(),
    // The estimate's totals again as columns, so reports can sum them in SQL.
    tonnes: doublePrecision().notNull(),
    cubicMetres: doublePrecision(),
    costSavedGbp: doublePrecision().notNull(),
    co2eAvoidedKg: doublePrecision().notNull(),
    virginDisplacedTonnes: doublePrecision().notNull(),
    /** Whether the material would otherwise have gone to landfill, as estimated at the time. */
    divertedFromLandfill: boolean().notNull(),
    createdByOrganisationId: uuid(),
    createdByKeyId: uuid(),
    /** Movement facts for the transfer note and the DWT record (src/compliance/movement.ts). */
    receivedAt: timestamp({ withTimezone: true }),
    movement: jsonb(),
    /** Whether the waste moved was hazardous, fixed when recorded: it sets the retention period. */
    hazardous: boolean().notNull().default(false),
    /** Moved as waste (not a by-product or end-of-waste material): a transfer note is needed. */
    isWaste: boolean().notNull().default(true),
    seasonTicketId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('transfers_exchange_idx').on(t.exchangeId),
    index('transfers_season_ticket_idx').on(t.seasonTicketId),
    index('transfers_date_idx').on(t.date),
    // A transfer is corrected at most once; the correction may itself be corrected.
    uniqueIndex('transfers_corrects_key').on(t.correctsTransferId),
  ],
);

/** Named boundaries officers report by; a flow counts in the region of its offer's site. */
export const regions = pgTable(
  'regions',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    /** What the boundary is: reports count links that cross each level's boundaries. */
    level: regionLevelEnum().notNull().default('region'),
    boundary: geographyMultiPolygon().notNull(),
    createdByOrganisationId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('regions_name_key').on(t.name), index('regions_boundary_gix').using('gist', t.boundary)],
);

/**
 * A region's boundary cut into pieces of at most 256 vertices (ST_Subdivide), after its edges are
 * split every kilometre along great circles, so a planar test of a piece agrees with the
 * boundary's spherical edges to within metres. Reports test a site against the few pieces its
 * GiST index finds, not against a boundary of thousands of vertices.
 */
export const regionPieces = pgTable(
  'region_pieces',
  {
    regionId: uuid()
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    piece: geometryPiece().notNull(),
  },
  (t) => [index('region_pieces_piece_gix').using('gist', t.piece), index('region_pieces_region_idx').on(t.regionId)],
);

/**
 * The last optimal allocation an organisation's officers solved (POST /opportunities, no what-if),
 * one row per flow, replaced whole by the next such solve. Only the public points of the two
 * listings are kept: the OGC opportunities collection draws its lines between them.
 */
export const opportunityFlows = pgTable(
  'opportunity_flows',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    solvedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    objective: text().notNull(),
    offerId: uuid().notNull(),
    wantId: uuid().notNull(),
    materialCode: text().notNull(),
    tonnesPerYear: doublePrecision().notNull(),
    distanceKm: doublePrecision().notNull(),
    costSavedGbpPerYear: doublePrecision().notNull(),
    co2eAvoidedKgPerYear: doublePrecision().notNull(),
    fromPoint: geographyPoint().notNull(),
    toPoint: geographyPoint().notNull(),
  },
  (t) => [index('opportunity_flows_organisation_idx').on(t.organisationId)],
);

/**
 * Long opportunity solves (POST /opportunities over OPTIMISER_ASYNC_LISTINGS): the job's state is
 * here, not in the solving process's memory, so any instance answers its status URL and takes its
 * cancel. The process solving it writes progress and a heartbeat every few seconds and reads
 * `cancel_requested`; a running job whose heartbeat stops is reported failed.
 */
export const opportunityJobs = pgTable(
  'opportunity_jobs',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid().references(() => organisations.id, { onDelete: 'cascade' }),
    status: text().notNull().default('running'),
    progress: jsonb().notNull(),
    result: jsonb(),
    error: text(),
    cancelRequested: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    heartbeatAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('opportunity_jobs_created_idx').on(t.createdAt)],
);

// --- Evidence for funders (docs/evidence.md) ---

export const jobKindEnum = pgEnum('job_kind', ['created', 'safeguarded']);
export const additionalityAnswerEnum = pgEnum('additionality_answer', ['yes', 'partly', 'no']);
export const exchangeSideEnum = pgEnum('exchange_side', ['offer', 'want']);

/**
 * What an organisation states about itself for funders: its Companies House number (the stable
 * identifier that counts an enterprise once however many accounts it has) and its size bands.
 */
export const businessProfiles = pgTable(
  'business_profiles',
  {
    organisationId: uuid()
      .primaryKey()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    companyNumber: text(),
    employeesBand: text(),
    turnoverBand: text(),
    updatedByOrganisationId: uuid(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('business_profiles_company_number_idx').on(t.companyNumber)],
);

/** Jobs an officer records for an organisation, each with its date, basis and evidence. */
export const jobRecords = pgTable(
  'job_records',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: jobKindEnum().notNull(),
    fte: doublePrecision().notNull(),
    date: date({ mode: 'string' }).notNull(),
    basis: text().notNull(),
    evidenceNote: text().notNull(),
    recordedByOrganisationId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('job_records_date_idx').on(t.date), index('job_records_organisation_idx').on(t.organisationId)],
);

/** Money other than the programme's put into the work: £, where from, when. */
export const coInvestments = pgTable(
  'co_investments',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    amountGbp: doublePrecision().notNull(),
    source: text().notNull(),
    date: date({ mode: 'string' }).notNull(),
    evidenceNote: text(),
    recordedByOrganisationId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('co_investments_date_idx').on(t.date), index('co_investments_organisation_idx').on(t.organisationId)],
);

/**
 * Each side's answer, on a completed exchange, to "would this have happened without the
 * programme?": share is the part that would have happened anyway (1 for yes, 0 for no).
 */
export const exchangeAdditionality = pgTable(
  'exchange_additionality',
  {
    exchangeId: uuid()
      .notNull()
      .references(() => exchanges.id, { onDelete: 'cascade' }),
    side: exchangeSideEnum().notNull(),
    answer: additionalityAnswerEnum().notNull(),
    share: doublePrecision().notNull(),
    answeredByOrganisationId: uuid(),
    answeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.exchangeId, t.side] })],
);

/** The programme's deadweight and attribution as officers set them; the newest row is in force. */
export const evidenceSettings = pgTable('evidence_settings', {
  id: uuid().primaryKey().defaultRandom(),
  deadweight: doublePrecision().notNull(),
  attribution: doublePrecision().notNull(),
  note: text(),
  setByOrganisationId: uuid(),
  setAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Each offer–want pair shown as a match, once a day: the funnel's "matches shown". No foreign
 * keys, so recording a showing never waits on a listing's lock.
 */
export const matchesShown = pgTable(
  'matches_shown',
  {
    day: date({ mode: 'string' }).notNull(),
    offerId: uuid().notNull(),
    wantId: uuid().notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.offerId, t.wantId] })],
);

/**
 * One waste transfer note covering several transfers of the same waste between the same parties
 * (Waste (England and Wales) Regulations 2011, reg. 35(5)): at most 12 months.
 */
export const seasonTickets = pgTable(
  'season_tickets',
  {
    id: uuid().primaryKey().defaultRandom(),
    exchangeId: uuid()
      .notNull()
      .references(() => exchanges.id, { onDelete: 'restrict' }),
    fromDate: date({ mode: 'string' }).notNull(),
    toDate: date({ mode: 'string' }).notNull(),
    createdByOrganisationId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('season_tickets_exchange_idx').on(t.exchangeId, t.fromDate)],
);

/**
 * A waste transfer note as signed: the content is frozen at the first signature, so both
 * signatures are over the same text; kept whatever happens to the parties. One per transfer, or
 * one per season ticket.
 */
export const wasteTransferNotes = pgTable(
  'waste_transfer_notes',
  {
    id: uuid().primaryKey().defaultRandom(),
    transferId: uuid().references(() => transfers.id, { onDelete: 'restrict' }),
    seasonTicketId: uuid().references(() => seasonTickets.id, { onDelete: 'restrict' }),
    content: jsonb().notNull(),
    contentSha256: text().notNull(),
    hazardous: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('waste_transfer_notes_transfer_key').on(t.transferId),
    uniqueIndex('waste_transfer_notes_season_ticket_key').on(t.seasonTicketId),
  ],
);

/** Who signed a note for which side, when and in what capacity; names kept as signed. */
export const wasteTransferNoteSignatures = pgTable(
  'waste_transfer_note_signatures',
  {
    id: uuid().primaryKey().defaultRandom(),
    noteId: uuid()
      .notNull()
      .references(() => wasteTransferNotes.id, { onDelete: 'restrict' }),
    side: text().notNull(),
    role: text().notNull(),
    signatoryName: text().notNull(),
    organisationId: uuid(),
    organisationName: text().notNull(),
    userId: uuid(),
    keyId: uuid(),
    contentSha256: text().notNull(),
    signedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('waste_transfer_note_signatures_side_key').on(t.noteId, t.side)],
);
/**
 * The inbox: one item per event and recipient organisation, written by the inbox channel of the
 * notification queue (src/notifications). The unique key makes a retried delivery a no-op.
 * `readAt` is the organisation's own (API keys read the organisation's inbox); people read theirs
 * in notification_reads.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid().notNull(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    type: text().notNull(),
    data: jsonb().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_event_recipient_key').on(t.eventId, t.organisationId),
    // The inbox is read newest first, by organisation, paged on (created_at, id).
    index('notifications_inbox_idx').on(t.organisationId, t.createdAt.desc(), t.id.desc()),
  ],
);

/** When a person (web app) read an inbox item of their organisation. */
export const notificationReads = pgTable(
  'notification_reads',
  {
    notificationId: uuid()
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    readAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.notificationId, t.userId] })],
);

export const savedSearchFrequencyEnum = pgEnum('saved_search_frequency', ['instant', 'daily', 'weekly']);

/** A POST /matches/search body kept by an organisation, re-run against each new listing. */
export const savedSearches = pgTable(
  'saved_searches',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    name: text().notNull(),
    query: jsonb().notNull(),
    /**
     * The kind a listing must have, and the materials of which it must be one (every material of
     * a want's query, not only its first), copied from the query for the fan-out's prefilter.
     */
    kind: listingKindEnum().notNull(),
    materialCodes: text().array().notNull(),
    frequency: savedSearchFrequencyEnum().notNull(),
    /** Digest bookkeeping: matches since this time go into the next daily or weekly digest. */
    lastDigestAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('saved_searches_organisation_idx').on(t.organisationId),
    index('saved_searches_material_codes_idx').using('gin', t.materialCodes),
  ],
);

/** Listings a saved search found, kept for the daily or weekly digest and so none is sent twice. */
export const savedSearchHits = pgTable(
  'saved_search_hits',
  {
    savedSearchId: uuid()
      .notNull()
      .references(() => savedSearches.id, { onDelete: 'cascade' }),
    listingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    /** The match as the search's owner saw it when found (public view), for the digest. */
    match: jsonb().notNull(),
    foundAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    digestedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.savedSearchId, t.listingId] }),
    index('saved_search_hits_pending_idx').on(t.savedSearchId).where(sql`digested_at IS NULL`),
  ],
);

/**
 * Expiry notices already sent: one per listing, kind and expiry date, so a renewed listing (a new
 * expires_at) is told again and a sweep that runs twice tells nobody twice.
 */
export const listingExpiryNotices = pgTable(
  'listing_expiry_notices',
  {
    listingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.listingId, t.kind, t.expiresAt] })],
);

/** match.found already sent: this listing's owner was told of that counterpart once, and not again. */
export const matchAlerts = pgTable(
  'match_alerts',
  {
    listingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    counterpartId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.listingId, t.counterpartId] })],
);

/**
 * Where a listing's own match list (as its owner sees it, not strict) stood when last ranked: the
 * ranking keys of its first N (MATCH_ALERT_TOP_N) and how far its candidate cap reached. The
 * fan-out of a new listing compares it with these instead of ranking every counterpart's list
 * again (docs/notifications.md, "When a new listing ranks in a top N"). Written only by the
 * fan-out worker, never by GET /listings/{id}/matches; a trigger (migration 0023) deletes the row
 * when the listing or any listing of its top N changes, pauses, closes, expires or is deleted.
 */
export const matchThresholds = pgTable(
  'match_thresholds',
  {
    listingId: uuid()
      .primaryKey()
      .references(() => listings.id, { onDelete: 'cascade' }),
    /** Best first, at most N: [{id, net, score, km}], the numbers the match list is ordered by. */
    top: jsonb().notNull(),
    /** The ids of `top`, for the trigger's lookup. */
    topIds: uuid().array().notNull(),
    /** The distance of the cap-th nearest candidate and its id (the walk's order); null when fewer than the cap qualified. */
    reachM: doublePrecision(),
    reachId: uuid(),
    /**
     * How many candidates the list's walk returned (at most the cap), counted up as fan-outs join
     * it: a list that reaches the cap gets a reach, unknown here, so its row is dropped then.
     */
    size: integer().notNull(),
    /** The factor set the savings were estimated with, the day, and the last day its factors stay as they were. */
    factorSet: text().notNull(),
    rankedOn: date({ mode: 'string' }).notNull(),
    factorsUntil: date({ mode: 'string' }),
    /** When the first of the listing and its top N expires or its availability ends: stale after. */
    validUntil: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('match_thresholds_top_ids_gin').using('gin', t.topIds)],
);

/**
 * A number per material and cell of ~28 x 27 km (0.25 deg of latitude by 0.4 deg of longitude)
 * that grows with every committed transaction that wrote a listing of that material there, before
 * or after the write (migration 0024's triggers; wants count for every material they accept).
 * A match list ranked when the numbers within its reach summed to S stays true while they do, so
 * a process may keep it (src/matching/ranking-cache.ts). Rows are never deleted: a sum that could
 * fall could come back to an old value.
 */
export const matchCells = pgTable(
  'match_cells',
  {
    materialCode: text().notNull(),
    cellX: integer().notNull(),
    cellY: integer().notNull(),
    generation: bigint({ mode: 'number' }).notNull().default(1),
    /** The transaction that last raised it: raised once per transaction, however many rows it wrote. */
    raisedBy: bigint({ mode: 'number' }),
  },
  (t) => [primaryKey({ columns: [t.materialCode, t.cellX, t.cellY] })],
);

export const webhookDeliveryStatusEnum = pgEnum('webhook_delivery_status', ['pending', 'delivered', 'failed']);

/**
 * An organisation's webhook. The signing secret must be kept readable to sign with: it is stored
 * AES-256-GCM encrypted when WEBHOOK_SECRETS_KEY is set (src/notifications/secret-box.ts).
 * `failingSince` is the first failed attempt since the last success: a receiver failing for longer
 * than the retry window is disabled.
 */
export const webhooks = pgTable(
  'webhooks',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    url: text().notNull(),
    events: text().array().notNull(),
    description: text(),
    secret: text().notNull(),
    enabled: boolean().notNull().default(true),
    disabledAt: timestamp({ withTimezone: true }),
    disabledReason: text(),
    failingSince: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('webhooks_organisation_idx').on(t.organisationId)],
);

/**
 * One event for one webhook: its own durable schedule. `msg_<id>` is the Standard Webhooks message
 * id (the same on every retry); one row per (webhook, event), so running the fan-out twice adds none.
 * A worker claims a row by pushing `nextAttemptAt` past its own timeout (a lease): a worker that
 * dies mid-attempt leaves the row to be retried when the lease runs out.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid().primaryKey().defaultRandom(),
    webhookId: uuid()
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    eventId: text().notNull(),
    type: text().notNull(),
    body: text().notNull(),
    status: webhookDeliveryStatusEnum().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    lastStatusCode: integer(),
    lastError: text(),
    lastAttemptAt: timestamp({ withTimezone: true }),
    nextAttemptAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_key').on(t.webhookId, t.eventId),
    index('webhook_deliveries_list_idx').on(t.webhookId, t.createdAt, t.id),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`status = 'pending'`),
  ],
);

/**
 * A person's e-mail choice per event type (the inbox is always on). No row: the type's default
 * (e-mail on, except officers' transfer.recorded for exchanges they are not party to, which is
 * opt-in through `optIn`).
 */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text().notNull(),
    email: boolean().notNull(),
    optIn: boolean().notNull().default(false),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.type] })],
);

/** E-mails sent for an event, so that a retried event job sends none twice. */
export const emailsSent = pgTable(
  'emails_sent',
  {
    eventId: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] })],
);

/** Keys the service makes for itself once (e.g. to sign unsubscribe links), shared by every instance. */
export const serviceKeys = pgTable('service_keys', {
  name: text().primaryKey(),
  key: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
