import { useEffect, useState } from 'preact/hooks';
import { get, post, query } from '../api.ts';
import { Field, Loading, ProblemSummary, SelectField, useAction } from '../components/Form.tsx';
import { date, money, num, rate, today, tonnesCo2e } from '../format.ts';
import { isOfficer, materialName, useApp } from '../session.ts';
import { TransferCorrection } from '../components/TransferCorrection.tsx';
import type { Exchange, Transfer } from '../types.ts';
import { AdditionalityForm } from '../components/AdditionalityForm.tsx';
import { MovementFields, movementBody, NO_MOVEMENT, TransferNote } from '../components/TransferPaperwork.tsx';
import { HazardFlag } from '../components/WasteQuestions.tsx';
import { CounterForm, DecisionPicture, termsText, Thread } from './ExchangeNegotiation.tsx';

const STATUSES = ['proposed', 'accepted', 'active', 'completed', 'declined', 'cancelled'];
const REASONS = ['price', 'grade', 'distance', 'timing', 'regulatory', 'other'];

const amount = (e: Exchange) => `${num(e.quantity.amount)} ${e.quantity.unit === 'm3' ? 'm³' : 't'} ${rate(e.quantity.rate)}`;

export function Exchanges() {
  const { session, materials } = useApp();
  const [status, setStatus] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [organisations, setOrganisations] = useState<{ id: string; name: string }[]>([]);
  const [items, setItems] = useState<Exchange[] | null>(null);
  const load = useAction();
  useEffect(() => {
    if (isOfficer(session)) void load.run(() => get<{ items: { id: string; name: string }[] }>('/organisations')).then((r) => r && setOrganisations(r.items));
  }, []);
  useEffect(() => {
    setItems(null);
    void load.run(() => get<{ items: Exchange[] }>(`/exchanges${query({ status, organisation, limit: 200 })}`)).then((r) => r && setItems(r.items));
  }, [status, organisation]);
  return (
    <main id="main">
      <h1>Exchanges</h1>
      <ProblemSummary error={load.error} />
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
        <SelectField
          id="status-filter"
          label="Show"
          value={status}
          onChange={setStatus}
          options={[['', 'all exchanges'], ...STATUSES.map((s) => [s, s] as const)]}
        />
        {organisations.length > 0 && (
          <SelectField
            id="organisation-filter"
            label="With organisation"
            value={organisation}
            onChange={setOrganisation}
            options={[['', 'any organisation'], ...organisations.map((o) => [o.id, o.name] as const)]}
          />
        )}
      </form>
      {items === null ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>No exchanges{status ? ` ${status}` : ''} yet. Propose one from a listing's matches or a search.</p>
      ) : (
        <table>
          <caption class="visually-hidden">Exchanges, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Material</th>
              <th scope="col">From → to</th>
              <th scope="col">Quantity</th>
              <th scope="col">Status</th>
              <th scope="col">Messages</th>
              <th scope="col">Proposed</th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.id}>
                <td>
                  <a href={`#/exchanges/${e.id}`}>{materialName(materials, e.material)}</a> <HazardFlag hazardous={e.hazardous} code={e.ewcCode} />
                </td>
                <td>{e.parties ? `${e.parties.offer.organisation.name} → ${e.parties.want.organisation.name}` : e.yourSide === 'offer' ? 'you → a firm' : 'a firm → you'}</td>
                <td>{amount(e)}</td>
                <td>
                  <span class={`status status-${e.status}`}>{e.status}</span>
                  {e.turn && e.yourSide && (e.turn === e.yourSide || e.turn === 'both') ? <span class="hint"> — your turn</span> : ''}
                </td>
                <td>{e.messages.unread > 0 ? <strong class="unread">{e.messages.unread} unread</strong> : e.messages.count > 0 ? num(e.messages.count) : '—'}</td>
                <td>{date(e.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

function TransferForm({ exchange, onRecorded, hazardous }: { exchange: Exchange; onRecorded: () => void; hazardous: boolean }) {
  const [when, setWhen] = useState(today());
  const [movement, setMovement] = useState(NO_MOVEMENT);
  const [amountValue, setAmount] = useState('');
  const [haulKm, setHaulKm] = useState('');
  const action = useAction();
  async function submit(e: Event) {
    e.preventDefault();
    const body = {
      date: when,
      amount: amountValue === '' ? undefined : Number(amountValue),
      unit: exchange.quantity.unit,
      ...(haulKm !== '' ? { haulKm: Number(haulKm) } : {}),
      ...movementBody(movement, when),
    };
    if (await action.run(() => post<Transfer>(`/exchanges/${exchange.id}/transfers`, body))) {
      setAmount('');
      onRecorded();
    }
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="transfer-heading">
      <h3 id="transfer-heading">Record a transfer</h3>
      <ProblemSummary error={action.error} />
      <Field id="transfer-date" label="Date" error={action.fields.date}>
        {(aria) => <input {...aria} type="date" value={when} onInput={(e) => setWhen(e.currentTarget.value)} />}
      </Field>
      <Field id="transfer-amount" label={`Amount moved (${exchange.quantity.unit === 'm3' ? 'm³' : 'tonnes'})`} error={action.fields.amount}>
        {(aria) => <input {...aria} type="number" step="any" min="0" value={amountValue} onInput={(e) => setAmount(e.currentTarget.value)} />}
      </Field>
      <Field id="transfer-haul" label="Road distance hauled (km, optional)" hint="Left empty: the sites' distance × road circuity." error={action.fields.haulKm}>
        {(aria) => <input {...aria} type="number" step="any" min="0" value={haulKm} onInput={(e) => setHaulKm(e.currentTarget.value)} />}
      </Field>
      <MovementFields value={movement} onChange={setMovement} errors={action.fields} hazardous={hazardous} />
      <button type="submit" disabled={action.busy}>
        Record transfer
      </button>
    </form>
  );
}

export function ExchangeDetail({ id }: { id: string }) {
  const { session, materials } = useApp();
  const [exchange, setExchange] = useState<Exchange | null>(null);
  const [transfers, setTransfers] = useState<Transfer[]>([]);
  const [reason, setReason] = useState('price');
  const [note, setNote] = useState('');
  const action = useAction();
  const load = () =>
    action.run(async () => {
      setExchange(await get<Exchange>(`/exchanges/${id}`));
      setTransfers((await get<{ items: Transfer[] }>(`/exchanges/${id}/transfers`)).items);
    });
  useEffect(() => void load(), [id]);
  const act = async (verb: string, body?: unknown) => {
    if (await action.run(() => post<Exchange>(`/exchanges/${id}/${verb}`, body))) await load();
  };

  if (!exchange) return action.error ? <main id="main"><h1>Exchange</h1><ProblemSummary error={action.error} /></main> : <Loading />;
  const e = exchange;
  const mySideAccepted = e.yourSide === 'offer' ? e.offerAccepted : e.yourSide === 'want' ? e.wantAccepted : true;
  const myTurn = e.status === 'proposed' && e.yourSide !== null && !mySideAccepted;
  const party = e.yourSide !== null || isOfficer(session);
  const counted = transfers.filter((t) => !t.correctedBy);
  return (
    <main id="main">
      <h1>
        Exchange of {materialName(materials, e.material)} <HazardFlag hazardous={e.hazardous} code={e.ewcCode} />
      </h1>
      <p>
        {amount(e)}: <span class={`status status-${e.status}`}>{e.status}</span>
        {e.brokered ? ', brokered by the programme' : ''}.{' '}
        {e.status === 'proposed' && `Offer side ${e.offerAccepted ? 'has accepted' : 'has not accepted yet'}; want side ${e.wantAccepted ? 'has accepted' : 'has not accepted yet'}.`}
      </p>
      <p>
        Terms: <strong>{termsText(e)}</strong>
        {e.note ? <> — “{e.note}”</> : ''}
        {e.status === 'proposed' && e.yourSide && <> {myTurn ? 'Your turn: accept, decline or counter-propose.' : 'Waiting for the other firm to answer.'}</>}
      </p>
      <ProblemSummary error={action.error} />
      {e.parties ? (
        <dl class="parties">
          {(['offer', 'want'] as const).map((side) => {
            const p = e.parties![side];
            return (
              <div key={side}>
                <dt>{side === 'offer' ? 'Offered by' : 'Wanted by'}</dt>
                <dd>
                  {p.organisation.name} ({p.site.name}
                  {p.site.postcode ? `, ${p.site.postcode}` : ''}) — {p.organisation.contactName ?? ''} <a href={`mailto:${p.organisation.contactEmail}`}>{p.organisation.contactEmail}</a>
                  {p.organisation.contactPhone ? `, ${p.organisation.contactPhone}` : ''}
                </dd>
              </div>
            );
          })}
        </dl>
      ) : (
        <p class="hint">Names, contacts and exact sites are shared with both firms once the exchange is accepted.</p>
      )}
      {party && <DecisionPicture exchange={e} />}
      {e.status === 'proposed' && e.yourSide && !mySideAccepted && (
        <div class="button-row">
          <button type="button" onClick={() => act('accept')} disabled={action.busy}>
            Accept exchange
          </button>
        </div>
      )}
      {e.status === 'proposed' && e.yourSide && !mySideAccepted && (
        <form
          class="inline-form"
          onSubmit={(ev) => {
            ev.preventDefault();
            void act('decline', { reason, ...(note ? { note } : {}) });
          }}
        >
          <SelectField
            id="decline-reason"
            label="Reason to decline"
            error={action.fields.reason}
            value={reason}
            onChange={setReason}
            options={REASONS.map((r) => [r, r] as const)}
          />
          <Field id="decline-note" label="Note (needed for other)" error={action.fields.note}>
            {(aria) => <input {...aria} value={note} onInput={(ev) => setNote(ev.currentTarget.value)} />}
          </Field>
          <button type="submit" class="secondary" disabled={action.busy}>
            Decline
          </button>
        </form>
      )}
      {myTurn && <CounterForm exchange={e} onCountered={load} />}
      {party && (e.status === 'proposed' || e.status === 'accepted') && (
        <button type="button" class="secondary" onClick={() => confirm('Cancel this exchange? The other firm is told, and it cannot be undone.') && act('cancel')}
          disabled={action.busy}
        >
          Cancel exchange
        </button>
      )}
      {party && (e.status === 'accepted' || e.status === 'active') && <TransferForm exchange={e} onRecorded={load} hazardous={e.hazardous || transfers.some((t) => t.hazardous)} />}
      {party && e.status === 'active' && (
        <button type="button" class="secondary" onClick={() => act('complete')} disabled={action.busy}>
          Mark completed
        </button>
      )}
      {e.yourSide && e.status === 'completed' && <AdditionalityForm exchangeId={e.id} side={e.yourSide} />}
      <h2>Transfers</h2>
      {transfers.length === 0 ? (
        <p>None recorded yet.</p>
      ) : (
        <table>
          <caption class="visually-hidden">Transfers</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Amount</th>
              <th scope="col">Haul</th>
              <th scope="col">£ saved</th>
              <th scope="col">CO2e avoided</th>
              <th scope="col">Transfer note</th>
            </tr>
          </thead>
          <tbody>
            {transfers.map((t) => (
              <tr key={t.id} class={t.correctedBy ? 'corrected' : ''}>
                <td>{t.date}</td>
                <td>
                  {num(t.amount)} {t.unit === 'm3' ? 'm³' : 't'}
                  {t.correctedBy ? ' (corrected)' : ''}
                </td>
                <td>{t.haulKm === null ? 'estimated' : `${num(t.haulKm)} km`}</td>
                <td>{money(t.savings.totals.costSavedGbp)}</td>
                <td>{tonnesCo2e(t.savings.totals.co2eAvoidedKg)}</td>
                <td>{t.isWaste ? <TransferNote transferId={t.id} yourSide={e.yourSide} /> : 'not waste: none needed'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td>{num(counted.reduce((s, t) => s + t.amount, 0))}</td>
              <td />
              <td>{money(counted.reduce((s, t) => s + t.savings.totals.costSavedGbp, 0))}</td>
              <td>{tonnesCo2e(counted.reduce((s, t) => s + t.savings.totals.co2eAvoidedKg, 0))}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      {party && counted.length > 0 && <TransferCorrection key={counted.map((t) => t.id).join()} exchange={e} transfers={counted} onRecorded={load} />}
      {party && <Thread exchange={e} />}
      <h2>History</h2>
      <ol class="events">
        {(e.events ?? []).map((ev, i) => (
          <li key={i}>
            {new Date(ev.at).toLocaleString('en-GB')}: {ev.action}
            {ev.fromStatus ? ` (${ev.fromStatus} → ${ev.toStatus})` : ` (${ev.toStatus})`}
            {ev.terms ? `, ${termsText({ quantity: { ...e.quantity, amount: ev.terms.amount }, priceGbpPerTonne: ev.terms.priceGbpPerTonne, yourSide: e.yourSide })}` : ''}
            {ev.reason ? `, reason: ${ev.reason}` : ''}
            {ev.note ? `: ${ev.note}` : ''}
          </li>
        ))}
      </ol>
    </main>
  );
}
