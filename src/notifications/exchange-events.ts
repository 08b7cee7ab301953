// exchange.* and transfer.recorded: told to the parties, in the transaction of the step.
import type { Database } from '../../db/client.ts';
import type { Principal } from '../auth/principal.ts';
import type { NotificationType } from './events.ts';
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

/**
 * Tells both parties but the one that acted (it knows); a brokering officer's step tells both.
 * The data names no firm: the exchange itself (GET /exchanges/{id}) shows each party what it may see.
 */
export async function publishExchangeStep(tx: Database, p: Principal, step: ExchangeStep): Promise<void> {
  const type = typeOfStatus[step.toStatus];
  if (!type) return; // 'active' (the first transfer) is told as transfer.recorded
  const recipients = [step.offerOrganisationId, step.wantOrganisationId].filter((id) => id !== p.organisationId);
  await publishEvent(tx, {
    type,
    organisationIds: recipients,
    data: {
      exchangeId: step.exchangeId,
      status: step.toStatus,
      offerId: step.offerId,
      wantId: step.wantId,
      material: step.material,
      quantity: step.quantity,
      ...(step.reason ? { reason: step.reason } : {}),
      by: p.organisationId === step.offerOrganisationId ? 'offer' : p.organisationId === step.wantOrganisationId ? 'want' : 'officer',
    },
  });
}

/** To both parties (the exchange is accepted, so each already sees the other). */
export async function publishTransferRecorded(
  tx: Database,
  t: { exchangeId: string; transferId: string; date: string; amount: number; unit: string; offerOrganisationId: string; wantOrganisationId: string; material: string },
): Promise<void> {
  await publishEvent(tx, {
    type: 'transfer.recorded',
    organisationIds: [t.offerOrganisationId, t.wantOrganisationId],
    data: { exchangeId: t.exchangeId, transferId: t.transferId, date: t.date, amount: t.amount, unit: t.unit, material: t.material },
  });
}
