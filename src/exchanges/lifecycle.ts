// Who may move an exchange from one state to the next. Pure: the service supplies the facts.
import type { ExchangeStatus, ListingKind } from '../reference/enums.ts';

export type ExchangeAction = 'accept' | 'decline' | 'cancel' | 'complete' | 'start' | 'counter';
/** Which side of the exchange the caller speaks for: an officer brokers, on neither side. */
export type Side = ListingKind | 'officer';

export interface ExchangeFacts {
  status: ExchangeStatus;
  offerAccepted: boolean;
  wantAccepted: boolean;
}

export type Transition =
  | { ok: true; status: ExchangeStatus; offerAccepted: boolean; wantAccepted: boolean }
  | { ok: false; reason: string };

const refuse = (reason: string): Transition => ({ ok: false, reason });

/**
 * Whose move it is on a proposed exchange: the side that has not accepted the terms on the
 * table; 'both' for an officer's proposal neither has answered; null once it is no longer proposed.
 */
export function turnOf(facts: ExchangeFacts): ListingKind | 'both' | null {
  if (facts.status !== 'proposed') return null;
  if (facts.offerAccepted === facts.wantAccepted) return facts.offerAccepted ? null : 'both';
  return facts.offerAccepted ? 'want' : 'offer';
}

/**
 * proposed → accepted once both sides have accepted (the proposer's side accepts by proposing;
 * an officer's proposal needs both) → active with the first transfer → completed. Declined and
 * cancelled are final, as is completed. While proposed, the side whose turn it is may counter:
 * new terms, which it accepts by proposing them, so the turn passes to the other side.
 */
export function transition(facts: ExchangeFacts, action: ExchangeAction, side: Side): Transition {
  const { status } = facts;
  switch (action) {
    case 'accept': {
      if (status !== 'proposed') return refuse(`an exchange that is ${status} cannot be accepted`);
      if (side === 'officer') return refuse('each party accepts its own side; an officer cannot accept for them');
      const offerAccepted = facts.offerAccepted || side === 'offer';
      const wantAccepted = facts.wantAccepted || side === 'want';
      if (offerAccepted === facts.offerAccepted && wantAccepted === facts.wantAccepted)
        return refuse(`the ${side} side has already accepted`);
      return { ok: true, status: offerAccepted && wantAccepted ? 'accepted' : 'proposed', offerAccepted, wantAccepted };
    }
    case 'counter': {
      if (status !== 'proposed') return refuse(`an exchange that is ${status} cannot be countered`);
      if (side === 'officer') return refuse('only a party can counter; an officer may cancel and propose again');
      const turn = turnOf(facts);
      if (turn !== 'both' && turn !== side) return refuse(`the ${side} side has made its proposal; it is the other side's turn`);
      return { ok: true, status: 'proposed', offerAccepted: side === 'offer', wantAccepted: side === 'want' };
    }
    case 'decline': {
      if (status !== 'proposed') return refuse(`an exchange that is ${status} cannot be declined`);
      if (side === 'officer') return refuse('only a party can decline; an officer may cancel');
      if ((side === 'offer' && facts.offerAccepted) || (side === 'want' && facts.wantAccepted))
        return refuse(`the ${side} side has accepted; cancel instead`);
      return { ok: true, status: 'declined', offerAccepted: facts.offerAccepted, wantAccepted: facts.wantAccepted };
    }
    case 'cancel':
      if (status !== 'proposed' && status !== 'accepted')
        return refuse(`an exchange that is ${status} cannot be cancelled`);
      return { ok: true, status: 'cancelled', offerAccepted: facts.offerAccepted, wantAccepted: facts.wantAccepted };
    case 'start':
      if (status === 'active') return { ok: true, ...facts };
      if (status !== 'accepted') return refuse(`transfers need an accepted exchange; this one is ${status}`);
      return { ok: true, status: 'active', offerAccepted: true, wantAccepted: true };
    case 'complete':
      if (status !== 'accepted' && status !== 'active')
        return refuse(`an exchange that is ${status} cannot be completed`);
      return { ok: true, status: 'completed', offerAccepted: true, wantAccepted: true };
  }
}

/** Statuses that hold part of an offer for this exchange. */
export const RESERVING: readonly ExchangeStatus[] = ['accepted', 'active'];
