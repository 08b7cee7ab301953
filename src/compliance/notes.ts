// Waste transfer notes: built from the exchange and its transfers until the first signature,
// then frozen (waste_transfer_notes) so that both parties sign the same content, which triggers
// keep unedited. A correction is a new transfer, with a note of its own.
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { type Database, inTransaction } from '../../db/client.ts';
import { exchanges, seasonTickets, wasteTransferNotes, wasteTransferNoteSignatures } from '../../db/schema.ts';
import { type CreateSignature, transfereeRoleSchema, transferorRoleSchema, type WasteTransferNote } from '../../schemas/compliance.ts';
import { badRequest, conflict, forbidden, HttpProblem, notFound } from '../errors.ts';
import { isOfficer, type Principal } from '../auth/principal.ts';
import { recordAudit } from '../platform/audit.ts';
import type { ExchangeFacts, TransferFacts } from './facts.ts';
import { loadExchangeFacts, loadTransfers } from './load-facts.ts';
import { type NoteContent, noteContent, type NoteSubject } from './note-content.ts';
import { containerName } from './reference-data.ts';

export type NoteRef = { kind: 'transfer'; id: string } | { kind: 'season-ticket'; id: string };

interface Resolved {
  subject: NoteSubject;
  exchange: ExchangeFacts;
  transfers: TransferFacts[];
  /** The transfer asked about, when asked through one */
  transfer: TransferFacts | null;
}

const mayRead = (p: Principal, ex: ExchangeFacts) =>
  isOfficer(p) || p.organisationId === ex.transferor.organisationId || p.organisationId === ex.transferee.organisationId;

/** The note a transfer or season ticket is covered by; 404 to anyone but the parties and officers. */
export async function resolveNote(db: Database, p: Principal, ref: NoteRef): Promise<Resolved> {
  let ticketId: string | null = ref.kind === 'season-ticket' ? ref.id : null;
  let transfer: TransferFacts | null = null;
  let exchangeId: string;
  if (ref.kind === 'transfer') {
    [transfer = null] = await loadTransfers(db, sql`t.id = ${ref.id}`);
    if (!transfer) throw notFound('Transfer');
    exchangeId = transfer.exchangeId;
    ticketId = transfer.seasonTicketId;
  } else {
    const [ticket] = await db.select().from(seasonTickets).where(eq(seasonTickets.id, ref.id));
    if (!ticket) throw notFound('Season ticket');
    exchangeId = ticket.exchangeId;
  }
  const exchange = await loadExchangeFacts(db, exchangeId);
  if (!exchange || !mayRead(p, exchange)) throw notFound(ref.kind === 'transfer' ? 'Transfer' : 'Season ticket');
  if (transfer && !transfer.isWaste)
    throw conflict(`This transfer moved a ${exchange.waste.wasteStatus}, not waste: no waste transfer note applies.`);
  if (ticketId) {
    const [ticket] = await db.select().from(seasonTickets).where(eq(seasonTickets.id, ticketId));
    if (!ticket) throw new Error(`transfer refers to a missing season ticket ${ticketId}`);
    const covered = await loadTransfers(db, sql`t.season_ticket_id = ${ticketId}`);
    return {
      subject: { id: ticketId, kind: 'season-ticket', period: { from: ticket.fromDate, to: ticket.toDate } },
      exchange,
      transfers: covered,
      transfer,
    };
  }
  return { subject: { id: transfer!.id, kind: 'single', period: null }, exchange, transfers: [transfer!], transfer };
}

const hash = (content: unknown) => createHash('sha256').update(JSON.stringify(content)).digest('hex');

function build(r: Resolved) {
  const auth = r.exchange.transferee.authorisation?.kind;
  return noteContent(r.subject, r.exchange, r.transfers, {
    containerName,
    transferorRole: 'producer',
    transfereeRole: auth === 'exemption' ? 'registered exemption holder' : 'permit holder',
  });
}

async function frozenNote(db: Database, subject: NoteSubject) {
  const [row] = await db
    .select()
    .from(wasteTransferNotes)
    .where(subject.kind === 'single' ? eq(wasteTransferNotes.transferId, subject.id) : eq(wasteTransferNotes.seasonTicketId, subject.id));
  return row ?? null;
}

async function present(db: Database, r: Resolved): Promise<WasteTransferNote> {
  const frozen = await frozenNote(db, r.subject);
  const live = build(r);
  // Stored content was built by noteContent from validated input, so it has the API's form.
  const content = (frozen ? frozen.content : live.content) as NoteContent & Pick<WasteTransferNote, 'carrier'>;
  const signatures = frozen
    ? await db
        .select()
        .from(wasteTransferNoteSignatures)
        .where(eq(wasteTransferNoteSignatures.noteId, frozen.id))
        .orderBy(wasteTransferNoteSignatures.signedAt)
    : [];
  return {
    ...content,
    // A season ticket goes on covering the transfers of its period after it is signed.
    transferIds: r.transfers.map((t) => t.id),
    missing: frozen ? [] : live.missing,
    signatures: signatures.map((s) => ({
      side: s.side as 'transferor' | 'transferee',
      role: s.role,
      signatoryName: s.signatoryName,
      organisationName: s.organisationName,
      signedAt: s.signedAt.toISOString(),
      contentSha256: s.contentSha256,
    })),
    status: signatures.length === 0 ? 'draft' : signatures.length === 1 ? 'partly-signed' : 'signed',
    contentSha256: frozen ? frozen.contentSha256 : hash(live.content),
    supersededBy: r.subject.kind === 'single' ? (r.transfer?.correctedBy ?? null) : null,
  };
}

export async function getNote(db: Database, p: Principal, ref: NoteRef): Promise<WasteTransferNote> {
  return present(db, await resolveNote(db, p, ref));
}

/**
 * A signature for the caller's side. The first freezes the note's content (refused while any
 * reg. 35 item is missing); each side signs once; officers broker but do not sign.
 */
export async function signNote(db: Database, p: Principal, ref: NoteRef, input: CreateSignature): Promise<WasteTransferNote> {
  return inTransaction(db, async (tx) => {
    const r = await resolveNote(tx, p, ref);
    // One signer at a time per exchange, so two first signatures cannot freeze two notes.
    await tx.select({ id: exchanges.id }).from(exchanges).where(eq(exchanges.id, r.exchange.id)).for('update');
    const side =
      p.organisationId === r.exchange.transferor.organisationId
        ? 'transferor'
        : p.organisationId === r.exchange.transferee.organisationId
          ? 'transferee'
          : null;
    if (!side) throw forbidden('Only a user of the transferor or of the transferee signs a waste transfer note; officers do not.');
    const roles: readonly string[] = side === 'transferor' ? transferorRoleSchema.options : transfereeRoleSchema.options;
    if (input.role && !roles.includes(input.role)) throw badRequest('role', `the ${side} signs as one of: ${roles.join(', ')}`);
    if (r.subject.kind === 'single' && r.transfer?.correctedBy)
      throw conflict(`This transfer is superseded by ${r.transfer.correctedBy}; sign that transfer's note instead.`);
    let frozen = await frozenNote(tx, r.subject);
    if (!frozen) {
      const { content, missing } = build(r);
      if (missing.length)
        throw new HttpProblem(422, `The note lacks items regulation 35 requires: ${missing.join(', ')}.`, {
          type: 'incomplete-note',
          title: 'Note incomplete',
          errors: missing.map((path) => ({ path, message: 'is required on a waste transfer note' })),
        });
      const [inserted] = await tx
        .insert(wasteTransferNotes)
        .values({
          ...(r.subject.kind === 'single' ? { transferId: r.subject.id } : { seasonTicketId: r.subject.id }),
          content,
          contentSha256: hash(content),
          hazardous: r.exchange.waste.hazardous,
        })
        .returning();
      if (!inserted) throw new Error('insert into waste_transfer_notes returned no row');
      frozen = inserted;
    }
    const [already] = await tx
      .select({ id: wasteTransferNoteSignatures.id })
      .from(wasteTransferNoteSignatures)
      .where(and(eq(wasteTransferNoteSignatures.noteId, frozen.id), eq(wasteTransferNoteSignatures.side, side)));
    if (already) throw conflict(`The ${side} has already signed this note; a signed note is not edited.`);
    const party = side === 'transferor' ? r.exchange.transferor : r.exchange.transferee;
    const defaultRole = side === 'transferor' ? 'producer' : r.exchange.transferee.authorisation?.kind === 'exemption' ? 'registered exemption holder' : 'permit holder';
    await tx.insert(wasteTransferNoteSignatures).values({
      noteId: frozen.id,
      side,
      role: input.role ?? defaultRole,
      signatoryName: input.signatoryName,
      organisationId: party.organisationId,
      organisationName: party.name,
      userId: p.userId,
      keyId: p.keyId,
      contentSha256: frozen.contentSha256,
    });
    await recordAudit(tx, p, 'sign', { type: 'waste-transfer-note', id: frozen.id }, null, { side, signatoryName: input.signatoryName });
    return present(tx, r);
  });
}

/** Whether a transfer's own note exists: a season ticket does not take over a signed single note. */
export async function hasOwnNote(db: Database, transferId: string): Promise<boolean> {
  const [row] = await db.select({ id: wasteTransferNotes.id }).from(wasteTransferNotes).where(eq(wasteTransferNotes.transferId, transferId));
  return Boolean(row);
}

