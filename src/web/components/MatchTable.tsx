import { useEffect, useState } from 'preact/hooks';
import { post } from '../api.ts';
import { money, num, tonnesCo2e } from '../format.ts';
import { materialName, useApp } from '../session.ts';
import { HazardFlag } from './WasteQuestions.tsx';
import type { Estimate, Match } from '../types.ts';
import { Field, Loading, ProblemSummary, useAction } from './Form.tsx';
import type { MapMarker } from './MapView.tsx';

const perBasis = (m: Match) =>
  m.savings.basis === 'year'
    ? { cost: m.savings.costSavedGbpPerYear, co2e: m.savings.co2eAvoidedKgPerYear, unit: 'a year' }
    : { cost: m.savings.costSavedGbpPerLot, co2e: m.savings.co2eAvoidedKgPerLot, unit: 'for the lot' };

export function matchMarkers(matches: Match[], materials: { code: string; name: string }[]): MapMarker[] {
  return matches.map((m, i) => ({
    lon: m.listing.location.coordinates[0],
    lat: m.listing.location.coordinates[1],
    label: `${i + 1}. ${m.listing.kind === 'offer' ? 'Offer' : 'Want'}: ${materialName(materials, m.listing.material)}, ${num(m.distanceKm)} km`,
    kind: m.listing.kind,
    approximate: m.listing.locationPrecision === 'approximate',
  }));
}

/** The estimate behind a match, line by line with each figure's source. */
function EstimateLines({ request }: { request: Record<string, unknown> }) {
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const action = useAction();
  useEffect(() => {
    void action.run(() => post<Estimate>('/estimates', request)).then((e) => setEstimate(e ?? null));
  }, [request]);
  if (!estimate) return action.error ? <ProblemSummary error={action.error} /> : <Loading />;
  return (
    <table class="estimate">
      <caption>Lines of the estimate, factor set {estimate.factorSet.name}</caption>
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Quantity × factor</th>
          <th scope="col">Value</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {estimate.lines.map((l, i) => (
          <tr key={i}>
            <td>{l.label}</td>
            <td>
              {num(l.quantity)} × {l.factor} {l.factorUnit}
            </td>
            <td>
              {num(l.value)} {l.unit}
            </td>
            <td class="source">{l.source}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td />
          <td>
            {money(estimate.totals.costSavedGbp)}, {tonnesCo2e(estimate.totals.co2eAvoidedKg)}
          </td>
          <td>{estimate.assumptions.join(' ')}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** What a proposal may say beyond the match itself: how much, at what rate, and a note. */
export interface ProposalTerms {
  amount: number;
  priceGbpPerTonne?: number;
  note?: string;
}

/** The terms of a proposal to one match; the amount starts at all the match can exchange. */
function ProposalTermsForm(props: { match: Match; index: number; errors: Record<string, string>; busy: boolean; onSubmit: (t: ProposalTerms) => void }) {
  const m = props.match;
  const unit = m.quantity.unit === 'm3' ? 'm³' : 't';
  const [amount, setAmount] = useState(String(m.quantity.amount));
  const [price, setPrice] = useState('');
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  function submit(e: Event) {
    e.preventDefault();
    const a = readNumber(amount);
    const p = price.trim() === '' ? undefined : readNumber(price);
    const problems: Record<string, string> = {};
    if (a === null || a <= 0) problems['quantity.amount'] = `Give the amount in ${unit}, more than 0.`;
    if (p === null) problems.priceGbpPerTonne = 'Give the rate as a number of pounds, or leave it empty.';
    setLocal(problems);
    if (Object.keys(problems).length || a === null || p === null) return;
    props.onSubmit({ amount: a, ...(p !== undefined ? { priceGbpPerTonne: p } : {}), ...(note.trim() ? { note: note.trim() } : {}) });
  }
  const errors = { ...props.errors, ...local };
  return (
    <form id="terms-panel" class="terms" onSubmit={submit} noValidate aria-labelledby="terms-heading">
      <h3 id="terms-heading">Your terms for match {props.index}</h3>
      <Field id="terms-amount" label={`Amount (${unit} ${m.quantity.basis === 'year' ? 'a year' : 'in the lot'})`} error={errors['quantity.amount']}>
        {(aria) => <input {...aria} inputMode="decimal" value={amount} onInput={(e) => setAmount(e.currentTarget.value)} />}
      </Field>
      <Field
        id="terms-price"
        label={`Rate (£ per ${unit}, optional)`}
        hint="What the receiving firm pays the supplying firm. Negative: the supplier pays the receiver to take it, as a gate fee."
        error={errors.priceGbpPerTonne}
      >
        {(aria) => <input {...aria} inputMode="decimal" value={price} onInput={(e) => setPrice(e.currentTarget.value)} />}
      </Field>
      <Field id="terms-note" label="Note to the other firm (optional)" error={errors.note}>
        {(aria) => <textarea {...aria} maxLength={2000} rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />}
      </Field>
      <button type="submit" disabled={props.busy}>
        Propose on these terms
      </button>
    </form>
  );
}

/** A number typed the British way ("1,250.5" or "-5"); null when it is not one. */
export function readNumber(text: string): number | null {
  const cleaned = text.trim().replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** How far a proposal to a match has gone, by the match's listing id; none yet when absent. */
export type ProposalState = Record<string, 'proposing' | 'proposed'>;

const PROPOSE_LABEL = { none: 'Propose exchange', proposing: 'Proposing…', proposed: 'Proposed' } as const;

export function MatchTable(props: {
  matches: Match[];
  onPropose?: (m: Match, terms?: ProposalTerms) => void;
  proposals?: ProposalState;
  /** The API's field messages for the last proposal, shown at the terms form's fields. */
  proposalErrors?: Record<string, string>;
}) {
  const { materials } = useApp();
  const [open, setOpen] = useState<string | null>(null);
  const [termsFor, setTermsFor] = useState<string | null>(null);
  const termsIndex = props.matches.findIndex((m) => m.listing.id === termsFor);
  const termsMatch = props.matches[termsIndex];
  if (props.matches.length === 0) return <p>No compatible listings within reach yet. New listings are matched as they arrive.</p>;
  const openIndex = props.matches.findIndex((m) => m.listing.id === open);
  const opened = props.matches[openIndex];
  return (
    <>
      <table class="matches">
        <caption class="visually-hidden">Matches, best first</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Listing</th>
            <th scope="col">Distance</th>
            <th scope="col">Grade checks</th>
            <th scope="col">Quantity</th>
            <th scope="col">Estimated savings</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.matches.map((m, i) => {
            const s = perBasis(m);
            const name = materialName(materials, m.listing.material);
            return (
              <tr key={m.listing.id}>
                <td>{i + 1}</td>
                <td>
                  {m.listing.kind === 'offer' ? 'Offer' : 'Want'}: {name} <HazardFlag hazardous={m.listing.hazardous} code={m.listing.ewcCode} />
                  <br />
                  <span class="hint">{m.listing.organisation?.name ?? (m.listing.locationPrecision === 'approximate' ? 'a firm (anonymous until accepted)' : '')}</span>
                </td>
                <td>{num(m.distanceKm)} km</td>
                <td>
                  <ul class="checks">
                    {m.checks.length === 0 && <li class="hint">no grade limits</li>}
                    {m.checks.map((c) => (
                      <li key={c.property} class={`check check-${c.result}`}>
                        {c.property}: {c.result}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  {num(m.quantity.amount)} {m.quantity.unit === 'm3' ? 'm³' : 't'} {m.quantity.basis === 'year' ? 'a year' : 'lot'}
                </td>
                <td>
                  {money(s.cost)} and {tonnesCo2e(s.co2e)} {s.unit}
                </td>
                <td class="actions">
                  <button type="button" class="link" aria-expanded={open === m.listing.id} aria-controls="estimate-panel" onClick={() => setOpen(open === m.listing.id ? null : m.listing.id)}>
                    Estimate<span class="visually-hidden"> for match {i + 1}</span>
                  </button>
                  {props.onPropose && !props.proposals?.[m.listing.id] && (
                    <button type="button" class="link" aria-expanded={termsFor === m.listing.id} aria-controls="terms-panel" onClick={() => setTermsFor(termsFor === m.listing.id ? null : m.listing.id)}>
                      Set terms<span class="visually-hidden"> for match {i + 1}</span>
                    </button>
                  )}
                  {props.onPropose && (
                    <button type="button" onClick={() => props.onPropose?.(m)} disabled={Boolean(props.proposals?.[m.listing.id])}>
                      {PROPOSE_LABEL[props.proposals?.[m.listing.id] ?? 'none']}
                      <span class="visually-hidden"> with match {i + 1}</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {termsMatch && props.onPropose && !props.proposals?.[termsMatch.listing.id] && (
        <ProposalTermsForm
          key={termsMatch.listing.id}
          match={termsMatch}
          index={termsIndex + 1}
          errors={props.proposalErrors ?? {}}
          busy={Boolean(props.proposals?.[termsMatch.listing.id])}
          onSubmit={(terms) => props.onPropose?.(termsMatch, terms)}
        />
      )}
      {opened && (
        <section id="estimate-panel" aria-labelledby="estimate-heading">
          <h3 id="estimate-heading">How match {openIndex + 1} was estimated</h3>
          <EstimateLines key={opened.listing.id} request={opened.savings.estimateRequest} />
        </section>
      )}
    </>
  );
}
