// The one writer of an exchange's history, so that every transition records its actor the same way.
import type { Database } from '../../db/client.ts';
import { exchangeEvents } from '../../db/schema.ts';
import type { Principal } from '../auth/principal.ts';

type EventRow = typeof exchangeEvents.$inferInsert;

export interface ExchangeEvent {
  exchangeId: string;
  action: EventRow['action'];
  fromStatus: EventRow['fromStatus'];
  toStatus: EventRow['toStatus'];
  reason?: EventRow['reason'];
  note?: EventRow['note'];
  /** A proposal's or counter-proposal's terms. */
  quantityAmount?: EventRow['quantityAmount'];
  priceGbpPerTonne?: EventRow['priceGbpPerTonne'];
}

/** Appends one event, attributed to the caller: its organisation, key and person. */
export async function recordExchangeEvent(tx: Database, p: Principal, event: ExchangeEvent): Promise<void> {
  await tx.insert(exchangeEvents).values({
    ...event,
    reason: event.reason ?? null,
    note: event.note ?? null,
    quantityAmount: event.quantityAmount ?? null,
    priceGbpPerTonne: event.priceGbpPerTonne ?? null,
    actorOrganisationId: p.organisationId,
    actorKeyId: p.keyId,
    actorUserId: p.userId,
  });
}
