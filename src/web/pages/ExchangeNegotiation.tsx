// What a firm reads and does before it agrees: the full picture of a proposal, a counter-proposal
// when it is its turn, and the conversation with the other side.
import { useEffect, useState } from 'preact/hooks';
import { get, post } from '../api.ts';
import { Field, Loading, ProblemSummary, useAction } from '../components/Form.tsx';
import { readNumber } from '../components/MatchTable.tsx';
import { money, num, rate, tonnesCo2e } from '../format.ts';
import { availability, gradeText } from '../listing-text.ts';
import { materialName, useApp } from '../session.ts';
import type { Exchange, ExchangeMessage, ExchangePicture, Listing } from '../types.ts';

// A rate per tonne to the penny; totals elsewhere are in whole pounds.
const pence = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

const unitOf = (e: Pick<Exchange, 'quantity'>) => (e.quantity.unit === 'm3' ? 'm³' : 't');

const PARTY_LABEL = { supplier: "supplier's saving", receiver: "receiver's saving", shared: 'shared (haulage)' } as const;

/** The rate in words for this reader: who pays whom, per tonne. */
export function priceText(e: Pick<Exchange, 'priceGbpPerTonne' | 'quantity' | 'yourSide'>): string {
  const p = e.priceGbpPerTonne;
  const per = `per ${unitOf(e)}`;
  if (p === null) return 'no rate set';
  if (p === 0) return `free of charge (£0 ${per})`;
  const payer = p > 0 ? 'want' : 'offer';
  const amount = `${pence.format(Math.abs(p))} ${per}`;
  if (e.yourSide === payer) return `you pay ${amount}`;
  if (e.yourSide) return `you are paid ${amount}`;
  return p > 0 ? `receiver pays supplier ${amount}` : `supplier pays receiver ${amount} (gate fee)`;
}

export function termsText(e: Pick<Exchange, 'priceGbpPerTonne' | 'quantity' | 'yourSide'>): string {
  return `${num(e.quantity.amount)} ${unitOf(e)} ${rate(e.quantity.rate)}, ${priceText(e)}`;
}

function ListingSummary({ title, listing, own }: { title: string; listing: Listing; own: boolean }) {
  const { materials } = useApp();
  const material = materials.find((m) => m.code === listing.material);
  return (
    <div class="card">
      <h3>{title}</h3>
      <p>
        {materialName(materials, listing.material)}: {num(listing.quantity.amount)} {listing.quantity.unit === 'm3' ? 'm³' : 't'} {rate(listing.quantity.rate)},{' '}
        {availability(listing)}, hauls up to {num(listing.maxHaulKm)} km.
      </p>
      <p>{listing.kind === 'offer' ? 'Grade' : 'Accepts'}: {gradeText(listing, material)}</p>
      <p class="hint">
        {listing.visibility === 'full' ? `At ${listing.site.name}` : `Near ${listing.postcodeDistrict ?? 'its area'} (place shown to about 1 km)`}
        {own && (
          <>
            {' '}
            — <a href={`#/listings/${listing.id}`}>open your {listing.kind}</a>
          </>
        )}
      </p>
    </div>
  );
}

/** Both listings, distance, grade checks, the estimate by party and the money each side sees. */
export function DecisionPicture({ exchange }: { exchange: Exchange }) {
  const [picture, setPicture] = useState<ExchangePicture | null>(null);
  // Shown at once while there is a decision to make; after that, on request.
  const [shown, setShown] = useState(exchange.status === 'proposed');
  const action = useAction();
  useEffect(() => {
    if (shown) void action.run(async () => setPicture(await get<ExchangePicture>(`/exchanges/${exchange.id}/picture`)));
  }, [exchange.id, exchange.updatedAt, shown]);
  if (!shown)
    return (
      <section aria-labelledby="picture-heading">
        <h2 id="picture-heading">The full picture</h2>
        <button type="button" class="link" onClick={() => setShown(true)}>
          Show both listings, distance, grade checks and the estimate
        </button>
      </section>
    );
  if (!picture) return action.error ? <ProblemSummary error={action.error} /> : <Loading />;
  const { estimate, outcomes } = picture;
  const per = exchange.quantity.rate === 'one-off' ? 'for the lot' : `${rate(exchange.quantity.rate)}`;
  return (
    <section aria-labelledby="picture-heading">
      <h2 id="picture-heading">The full picture</h2>
      <div class="cards">
        <ListingSummary title="The offer" listing={picture.offer} own={picture.yourSide === 'offer'} />
        <ListingSummary title="The want" listing={picture.want} own={picture.yourSide === 'want'} />
      </div>
      <p>
        Distance: {num(picture.distanceKm)} km in a straight line
        {picture.locationPrecision === 'approximate' ? ", to the other firm's approximate place (exact once accepted)" : ''}.
      </p>
      <h3>Grade checks</h3>
      {picture.checks.length === 0 ? (
        <p>The want sets no grade limits.</p>
      ) : (
        <ul class="checks">
          {picture.checks.map((c) => (
            <li key={c.property} class={`check check-${c.result}`}>
              {c.property}: {c.result === 'pass' ? 'meets' : c.result === 'fail' ? 'does not meet' : 'not stated by the offer for'} the want's limit
              {c.offered !== null ? ` (offered ${String(c.offered)})` : ''}
            </li>
          ))}
        </ul>
      )}
      <div>
        <table class="estimate stacked">
          <caption>Estimated savings {per}, line by line, and whose saving each is</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Whose</th>
              <th scope="col">Value</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {estimate.lines.map((l, i) => (
              <tr key={i}>
                <td data-label="Line">{l.label}</td>
                <td data-label="Whose">{l.party ? PARTY_LABEL[l.party] : ''}</td>
                <td data-label="Value">{l.unit === 'GBP' ? money(l.value) : tonnesCo2e(l.value)}</td>
                <td data-label="Source" class="source">{l.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl class="outcomes">
        <div>
          <dt>Supplier</dt>
          <dd>
            saves {money(outcomes.supplier.savedGbp)}
            {picture.payment ? `, ${outcomes.supplier.paymentGbp >= 0 ? 'receives' : 'pays'} ${money(Math.abs(outcomes.supplier.paymentGbp))}` : ''}: net {money(outcomes.supplier.netGbp)}
          </dd>
        </div>
        <div>
          <dt>Receiver</dt>
          <dd>
            saves {money(outcomes.receiver.savedGbp)}
            {picture.payment ? `, ${outcomes.receiver.paymentGbp >= 0 ? 'receives' : 'pays'} ${money(Math.abs(outcomes.receiver.paymentGbp))}` : ''}: net {money(outcomes.receiver.netGbp)}
          </dd>
        </div>
        <div>
          <dt>Shared</dt>
          <dd>haulage {money(outcomes.shared.costSavedGbp)}, for the two firms to settle</dd>
        </div>
      </dl>
      {estimate.assumptions.length > 0 && <p class="hint">{estimate.assumptions.join(' ')}</p>}
    </section>
  );
}

/** New amount and rate from the side whose turn it is. */
export function CounterForm({ exchange, onCountered }: { exchange: Exchange; onCountered: () => void }) {
  const [amount, setAmount] = useState(String(exchange.quantity.amount));
  const [price, setPrice] = useState(exchange.priceGbpPerTonne === null ? '' : String(exchange.priceGbpPerTonne));
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const action = useAction();
  async function submit(e: Event) {
    e.preventDefault();
    const a = readNumber(amount);
    const p = price.trim() === '' ? null : readNumber(price);
    const problems: Record<string, string> = {};
    if (a === null || a <= 0) problems.amount = `Give the amount in ${unitOf(exchange)}, more than 0.`;
    if (price.trim() !== '' && p === null) problems.priceGbpPerTonne = 'Give the rate as a number of pounds, or leave it empty.';
    setLocal(problems);
    if (Object.keys(problems).length || a === null) return;
    const body = { amount: a, priceGbpPerTonne: p, ...(note.trim() ? { note: note.trim() } : {}) };
    if (await action.run(() => post<Exchange>(`/exchanges/${exchange.id}/counter`, body))) {
      setNote('');
      onCountered();
    }
  }
  const errors = { ...action.fields, ...local };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="counter-heading" class="terms">
      <h3 id="counter-heading">Counter-propose</h3>
      <ProblemSummary error={action.error} />
      <Field id="counter-amount" label={`Amount (${unitOf(exchange)} ${rate(exchange.quantity.rate)})`} error={errors.amount}>
        {(aria) => <input {...aria} inputMode="decimal" value={amount} onInput={(e) => setAmount(e.currentTarget.value)} />}
      </Field>
      <Field
        id="counter-price"
        label={`Rate (£ per ${unitOf(exchange)}, optional)`}
        hint="What the receiving firm pays the supplying firm. Negative: the supplier pays the receiver, as a gate fee."
        error={errors.priceGbpPerTonne}
      >
        {(aria) => <input {...aria} inputMode="decimal" value={price} onInput={(e) => setPrice(e.currentTarget.value)} />}
      </Field>
      <Field id="counter-note" label="Note (optional)" error={errors.note}>
        {(aria) => <textarea {...aria} rows={2} maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />}
      </Field>
      <button type="submit" class="secondary" disabled={action.busy}>
        Send counter-proposal
      </button>
    </form>
  );
}

const SIDE_LABEL = { offer: 'Offering firm', want: 'Receiving firm', officer: 'Programme officer' } as const;

/** The conversation, oldest at the top; earlier messages a page at a time. */
export function Thread({ exchange }: { exchange: Exchange }) {
  const [messages, setMessages] = useState<ExchangeMessage[]>([]);
  const [older, setOlder] = useState<string | null>(null);
  const [text, setText] = useState('');
  const load = useAction();
  const send = useAction();
  const closed = exchange.status === 'declined' || exchange.status === 'cancelled';
  async function first() {
    const page = await get<{ items: ExchangeMessage[]; nextCursor: string | null }>(`/exchanges/${exchange.id}/messages?limit=20`);
    setMessages(page.items);
    setOlder(page.nextCursor);
  }
  useEffect(() => void load.run(first), [exchange.id]);
  async function earlier() {
    if (!older) return;
    const page = await load.run(() => get<{ items: ExchangeMessage[]; nextCursor: string | null }>(`/exchanges/${exchange.id}/messages?limit=20&cursor=${older}`));
    if (page) {
      setMessages((m) => [...m, ...page.items]);
      setOlder(page.nextCursor);
    }
  }
  async function submit(e: Event) {
    e.preventDefault();
    if (await send.run(() => post<ExchangeMessage>(`/exchanges/${exchange.id}/messages`, { text }))) {
      setText('');
      await load.run(first);
    }
  }
  return (
    <section aria-labelledby="thread-heading">
      <h2 id="thread-heading">Conversation</h2>
      <ProblemSummary error={load.error} />
      {older && (
        <button type="button" class="link" onClick={earlier} disabled={load.busy}>
          Show earlier messages
        </button>
      )}
      {messages.length === 0 ? (
        <p>No messages yet.</p>
      ) : (
        <ol class="thread">
          {[...messages].reverse().map((m) => (
            <li key={m.id} class={m.mine ? 'mine' : ''}>
              <strong>{m.mine ? 'You' : SIDE_LABEL[m.side]}</strong>, {new Date(m.createdAt).toLocaleString('en-GB')}
              <p>{m.text}</p>
            </li>
          ))}
        </ol>
      )}
      {closed ? (
        <p class="hint">The exchange is {exchange.status}: the conversation is closed.</p>
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby="thread-heading">
          <ProblemSummary error={send.error} />
          <Field id="message-text" label="Message" hint="Plain text, up to 4,000 characters. Seen by the other firm and programme officers." error={send.fields.text}>
            {(aria) => <textarea {...aria} rows={3} maxLength={4000} value={text} onInput={(e) => setText(e.currentTarget.value)} />}
          </Field>
          <button type="submit" disabled={send.busy}>
            Send message
          </button>
        </form>
      )}
    </section>
  );
}
