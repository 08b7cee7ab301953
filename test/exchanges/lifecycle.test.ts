// The exchange state machine, transition by transition, with no database.
import t from 'tap';
import { type ExchangeAction, type ExchangeFacts, type Side, transition, turnOf } from '../../src/exchanges/lifecycle.ts';

const facts = (status: ExchangeFacts['status'], offerAccepted = false, wantAccepted = false): ExchangeFacts => ({
  status,
  offerAccepted,
  wantAccepted,
});

t.test('whose turn it is', async (t) => {
  t.equal(turnOf(facts('proposed', true, false)), 'want', 'the offer side proposed: the want side answers');
  t.equal(turnOf(facts('proposed', false, true)), 'offer');
  t.equal(turnOf(facts('proposed')), 'both', "an officer's proposal: either side");
  for (const status of ['accepted', 'active', 'completed', 'declined', 'cancelled'] as const)
    t.equal(turnOf(facts(status, true, true)), null, `${status}: nobody's turn`);
});

t.test('counter: the side whose turn it is puts new terms, and the turn passes', async (t) => {
  t.same(transition(facts('proposed', true, false), 'counter', 'want'), {
    ok: true,
    status: 'proposed',
    offerAccepted: false,
    wantAccepted: true,
  });
  t.same(transition(facts('proposed', false, true), 'counter', 'offer'), {
    ok: true,
    status: 'proposed',
    offerAccepted: true,
    wantAccepted: false,
  });
  t.same(transition(facts('proposed'), 'counter', 'offer'), { ok: true, status: 'proposed', offerAccepted: true, wantAccepted: false }, 'brokered: either side may counter');
  t.match(transition(facts('proposed', true, false), 'counter', 'offer'), { ok: false, reason: /other side's turn/ }, 'not after its own proposal');
  t.match(transition(facts('proposed'), 'counter', 'officer'), { ok: false, reason: /only a party/ });
  for (const status of ['accepted', 'active', 'completed', 'declined', 'cancelled'] as const)
    t.match(transition(facts(status, true, true), 'counter', 'want'), { ok: false, reason: new RegExp(`${status} cannot be countered`) });
});

t.test('accept: only the side whose turn it is; accepted when both have', async (t) => {
  t.same(transition(facts('proposed', true, false), 'accept', 'want'), { ok: true, status: 'accepted', offerAccepted: true, wantAccepted: true });
  t.match(transition(facts('proposed', true, false), 'accept', 'offer'), { ok: false, reason: /already accepted/ });
  t.same(transition(facts('proposed'), 'accept', 'want'), { ok: true, status: 'proposed', offerAccepted: false, wantAccepted: true }, 'brokered: one side, then the other');
  t.match(transition(facts('proposed'), 'accept', 'officer'), { ok: false, reason: /officer cannot accept/ });
  // After a counter by the want side, the offer side must answer the new terms.
  const countered = transition(facts('proposed', true, false), 'counter', 'want');
  if (!countered.ok) throw new Error('counter refused');
  t.match(transition(countered, 'accept', 'want'), { ok: false }, 'the counter-proposer cannot accept its own terms again');
  t.same(transition(countered, 'accept', 'offer'), { ok: true, status: 'accepted', offerAccepted: true, wantAccepted: true });
  for (const status of ['accepted', 'active', 'completed', 'declined', 'cancelled'] as const)
    t.match(transition(facts(status, true, true), 'accept', 'want'), { ok: false });
});

t.test('decline, cancel, start, complete', async (t) => {
  t.match(transition(facts('proposed', true, false), 'decline', 'want'), { ok: true, status: 'declined' });
  t.match(transition(facts('proposed', true, false), 'decline', 'offer'), { ok: false, reason: /cancel instead/ });
  t.match(transition(facts('proposed'), 'decline', 'officer'), { ok: false });
  t.match(transition(facts('accepted', true, true), 'decline', 'want'), { ok: false });
  for (const status of ['proposed', 'accepted'] as const)
    for (const side of ['offer', 'want', 'officer'] as Side[])
      t.match(transition(facts(status, true, false), 'cancel', side), { ok: true, status: 'cancelled' }, `${side} cancels ${status}`);
  for (const status of ['active', 'completed', 'declined', 'cancelled'] as const)
    t.match(transition(facts(status, true, true), 'cancel', 'offer'), { ok: false });
  t.match(transition(facts('accepted', true, true), 'start', 'offer'), { ok: true, status: 'active' });
  t.match(transition(facts('active', true, true), 'start', 'want'), { ok: true, status: 'active' });
  t.match(transition(facts('proposed', true, false), 'start', 'offer'), { ok: false });
  for (const status of ['accepted', 'active'] as const)
    t.match(transition(facts(status, true, true), 'complete', 'officer'), { ok: true, status: 'completed' });
  const finals: ExchangeAction[] = ['accept', 'decline', 'cancel', 'complete', 'counter'];
  for (const action of finals)
    t.match(transition(facts('completed', true, true), action, 'offer'), { ok: false }, `completed is final: ${action}`);
});
