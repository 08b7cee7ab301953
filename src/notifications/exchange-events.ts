// exchange.* and transfer.recorded: told to the parties, in the transaction of the step.
import type { Database } from '../../db/client.ts';
import type { Principal } from '../auth/principal.ts';
import type { NotificationType } from './events.ts';
import { officerOrganisationsWantingAllTransfers } from '../email/preferences.ts';
import { publishEvent } from './publish.ts';

export interface ExchangeStep {
  exchangeId: string;
  toStatus: string;
  offerId: string;
  wantId: string;
  offerOrganisationId: string;
  wantOrganisationId: string;
  material: string;
  quantity: { amount: number; unit: string; rate: string };
  reason?: string | null | undefined;
}

const typeOfStatus: Record<string, NotificationType> = {
  proposed: 'exchange.proposed',
  accepted: 'exchange.accepted',
  declined: 'exchange.declined',
  cancelled: 'exchange.cancelled',
  completed: 'exchange.completed',
};

const actingSide = (organisationId: string | null, step: Pick<ExchangeStep, 'offerOrganisationId' | 'wantOrganisationId'>) =>
  organisationId === step.offerOrganisationId ? 'offer' : organisationId === step.wantOrganisationId ? 'want' : 'officer';

/** What every exchange event says: the exchange and its terms, naming no firm. */
function exchangeData(p: Principal, step: ExchangeStep, status: string): Record<string, unknown> {
  return {
    exchangeId: step.exchangeId,
    status,
    offerId: step.offerId,
    wantId: step.wantId,
    material: step.material,
    quantity: step.quantity,
    ...(step.reason ? { reason: step.reason } : {}),
    by: actingSide(p.organisationId, step),
  };
}

/**
 * Tells both parties but the one that acted (it knows); a brokering officer's step tells both.
 * The data names no firm: the exchange itself (GET /exchanges/{id}) shows each party what it may see.
 */
export async function publishExchangeStep(tx: Database, p: Principal, step: ExchangeStep): Promise<void> {
  const type = typeOfStatus[step.toStatus];
  if (!type) return; // 'active' (the first transfer) is told as transfer.recorded
  const recipients = [step.offerOrganisationId, step.wantOrganisationId].filter((id) => id !== p.organisationId);
  await publishEvent(tx, { type, organisationIds: recipients, data: exchangeData(p, step, step.toStatus) });
}

/**
 * A counter-proposal, to the party whose turn it now is: only a party counters, and its new terms
 * pass the turn to the other. The terms (amount, £/t) are the exchange's, which both parties see;
 * the note stays on the exchange, as a message's text stays in its thread.
 */
export async function publishExchangeCountered(
  tx: Database,
  p: Principal,
  step: Omit<ExchangeStep, 'toStatus' | 'reason'> & { priceGbpPerTonne: number | null; turn: 'offer' | 'want' },
): Promise<void> {
  const recipient = step.turn === 'offer' ? step.offerOrganisationId : step.wantOrganisationId;
  await publishEvent(tx, {
    type: 'exchange.countered',
    organisationIds: [recipient],
    data: { ...exchangeData(p, { ...step, toStatus: 'proposed' }, 'proposed'), priceGbpPerTonne: step.priceGbpPerTonne, turn: step.turn },
  });
}

/**
 * To both parties (the exchange is accepted, so each already sees the other), and to every officer
 * organisation where someone asked for all transfers: officers see every exchange, its parties and
 * exact sites (DESIGN.md's roles), so the same data is nothing they could not see. The e-mail
 * channel then writes only to the officers who opted in; the organisation's inbox has the item.
 */
export async function publishTransferRecorded(
  tx: Database,
  t: { exchangeId: string; transferId: string; date: string; amount: number; unit: string; offerOrganisationId: string; wantOrganisationId: string; material: string },
): Promise<void> {
  await publishEvent(tx, {
    type: 'transfer.recorded',
    organisationIds: [t.offerOrganisationId, t.wantOrganisationId, ...(await officerOrganisationsWantingAllTransfers(tx))],
    data: { exchangeId: t.exchangeId, transferId: t.transferId, date: t.date, amount: t.amount, unit: t.unit, material: t.material },
  });
}
