import { createHash } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import { type Database, inTransaction, queryRows } from '../../db/client.ts';
import { listingAttachments } from '../../db/schema.ts';
import type { Attachment } from '../../schemas/attachment.ts';
import { isOfficer, type Principal } from '../auth/principal.ts';
import { conflict, forbidden, HttpProblem, notFound } from '../errors.ts';
import { recordAudit } from '../platform/audit.ts';
import {
  ATTACHMENT_MAX_BYTES,
  MalformedAttachment,
  safeFileName,
  sniffMediaType,
  storableContent,
} from './attachment-content.ts';
import { EFFECTIVE_STATUS } from './listings.ts';

/** Enough for a few lab analyses and photos; more is a listing that should be split. */
export const ATTACHMENTS_PER_LISTING = 20;

interface ListingAccess {
  organisation_id: string;
  status: string;
}

async function listingAccess(db: Database, listingId: string, lock = false): Promise<ListingAccess | undefined> {
  const [row] = await queryRows<ListingAccess>(
    db,
    sql`SELECT l.organisation_id, ${EFFECTIVE_STATUS} AS status FROM listings l WHERE l.id = ${listingId}
      ${lock ? sql`FOR UPDATE` : sql``}`,
  );
  return row;
}

/** As getListing: the owner and officers always; other members while the listing is active. */
async function readableListing(db: Database, p: Principal, listingId: string): Promise<void> {
  const row = await listingAccess(db, listingId);
  if (!row || !(isOfficer(p) || row.organisation_id === p.organisationId || row.status === 'active')) throw notFound('Listing');
}

/** As changing the listing: its owner only. */
async function ownListing(db: Database, p: Principal, listingId: string): Promise<void> {
  const row = await listingAccess(db, listingId, true);
  if (!row) throw notFound('Listing');
  if (row.organisation_id !== p.organisationId) {
    if (isOfficer(p) || row.status === 'active') throw forbidden('Only the owner can change a listing’s attachments.');
    throw notFound('Listing');
  }
}

const COLUMNS = {
  id: listingAttachments.id,
  listingId: listingAttachments.listingId,
  fileName: listingAttachments.fileName,
  mediaType: listingAttachments.mediaType,
  sizeBytes: listingAttachments.sizeBytes,
  sha256: listingAttachments.sha256,
  createdAt: listingAttachments.createdAt,
};

type AttachmentRow = { [K in keyof typeof COLUMNS]: (typeof COLUMNS)[K]['_']['data'] };

function toAttachment(r: AttachmentRow): Attachment {
  return {
    id: r.id,
    listingId: r.listingId,
    fileName: r.fileName,
    mediaType: r.mediaType as Attachment['mediaType'],
    sizeBytes: r.sizeBytes,
    sha256: r.sha256,
    createdAt: r.createdAt.toISOString(),
    href: `/listings/${r.listingId}/attachments/${r.id}`,
  };
}

export const unsupportedAttachment = () =>
  new HttpProblem(415, 'file: must be a PDF, JPEG or PNG (read from its content, not its name or declared type).', {
    type: 'unsupported-media-type',
    errors: [{ in: 'body', path: 'file', message: 'must be a PDF, JPEG or PNG' }],
  });

export const attachmentTooLarge = () =>
  new HttpProblem(413, `file: must be at most ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB.`, {
    type: 'payload-too-large',
    errors: [{ in: 'body', path: 'file', message: `must be at most ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB` }],
  });

/**
 * Stores one file for a listing, its type sniffed from its bytes and stripped of embedded
 * metadata before anything is written.
 */
export async function addAttachment(
  db: Database,
  p: Principal,
  listingId: string,
  file: { fileName: string | undefined; content: Buffer },
): Promise<Attachment> {
  const type = sniffMediaType(file.content);
  if (!type) throw unsupportedAttachment();
  let content: Buffer;
  try {
    content = await storableContent(type, file.content);
  } catch (error) {
    if (!(error instanceof MalformedAttachment)) throw error;
    throw new HttpProblem(422, `file: ${error.message}.`, {
      type: 'validation',
      errors: [{ in: 'body', path: 'file', message: error.message }],
    });
  }
  return inTransaction(db, async (tx) => {
    await ownListing(tx, p, listingId);
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(listingAttachments)
      .where(eq(listingAttachments.listingId, listingId));
    if ((count?.n ?? 0) >= ATTACHMENTS_PER_LISTING)
      throw conflict(`A listing holds at most ${ATTACHMENTS_PER_LISTING} attachments; remove one first.`);
    const [row] = await tx
      .insert(listingAttachments)
      .values({
        listingId,
        fileName: safeFileName(file.fileName, type),
        mediaType: type,
        sizeBytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
      })
      .returning(COLUMNS);
    if (!row) throw new Error('insert into listing_attachments returned no row');
    const created = toAttachment(row);
    await recordAudit(tx, p, 'create', { type: 'listing-attachment', id: created.id }, null, created);
    return created;
  });
}

export async function listAttachments(db: Database, p: Principal, listingId: string): Promise<Attachment[]> {
  await readableListing(db, p, listingId);
  const rows = await db
    .select(COLUMNS)
    .from(listingAttachments)
    .where(eq(listingAttachments.listingId, listingId))
    .orderBy(desc(listingAttachments.createdAt), desc(listingAttachments.id));
  return rows.map(toAttachment);
}

export async function readAttachment(
  db: Database,
  p: Principal,
  listingId: string,
  attachmentId: string,
): Promise<Attachment & { content: Buffer }> {
  await readableListing(db, p, listingId);
  const [row] = await db
    .select({ ...COLUMNS, content: listingAttachments.content })
    .from(listingAttachments)
    .where(and(eq(listingAttachments.listingId, listingId), eq(listingAttachments.id, attachmentId)));
  if (!row) throw notFound('Attachment');
  // PGlite hands bytea back as a Uint8Array, postgres.js as a Buffer.
  return { ...toAttachment(row), content: Buffer.from(row.content) };
}

export async function deleteAttachment(db: Database, p: Principal, listingId: string, attachmentId: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    await ownListing(tx, p, listingId);
    const [row] = await tx
      .delete(listingAttachments)
      .where(and(eq(listingAttachments.listingId, listingId), eq(listingAttachments.id, attachmentId)))
      .returning(COLUMNS);
    if (!row) throw notFound('Attachment');
    await recordAudit(tx, p, 'delete', { type: 'listing-attachment', id: row.id }, toAttachment(row), null);
  });
}
