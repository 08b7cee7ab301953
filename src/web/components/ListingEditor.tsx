import { useState } from 'preact/hooks';
import { patch } from '../api.ts';
import { GradeInput } from '../pages/NewListing.tsx';
import { materialsLike, OtherMaterials } from './OtherMaterials.tsx';
import { siteOptions, useMySites } from '../sites.ts';
import { useApp } from '../session.ts';
import type { Constraint, FullListing } from '../types.ts';
import { Field, ProblemSummary, RATE_OPTIONS, SelectField, useAction } from './Form.tsx';

const STATUS_OPTIONS = [
  ['active', 'active: visible and matched'],
  ['paused', 'paused: hidden for now'],
  ['draft', 'draft: not yet shown'],
  ['closed', 'closed: no longer available'],
] as const;

const text = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
const numberOrNull = (v: string) => (v.trim() === '' ? null : Number(v));

/**
 * Every field of one's own listing, sent as one PATCH with If-Match on the version read: if
 * someone changed the listing meanwhile, nothing is overwritten and the page says so.
 */
export function ListingEditor(props: { listing: FullListing; onSaved: (l: FullListing) => void; onCancel: () => void; onStale: () => void }) {
  const l = props.listing;
  const { materials } = useApp();
  const { sites } = useMySites();
  const entry = materials.find((m) => m.code === l.material);
  const [siteId, setSiteId] = useState(l.siteId);
  const [description, setDescription] = useState(l.description ?? '');
  const [grade, setGrade] = useState<Record<string, string>>(Object.fromEntries(Object.entries(l.grade).map(([k, v]) => [k, String(v)])));
  const [accepts, setAccepts] = useState<Record<string, Constraint>>(l.accepts);
  const [others, setOthers] = useState<string[]>(l.materials.slice(1));
  const [amount, setAmount] = useState(String(l.quantity.amount));
  const [rateValue, setRate] = useState<string>(l.quantity.rate);
  const [maxHaulKm, setMaxHaul] = useState(String(l.maxHaulKm));
  const [availableFrom, setFrom] = useState(l.availableFrom ?? '');
  const [availableUntil, setUntil] = useState(l.availableUntil ?? '');
  const [route, setRoute] = useState<string>(l.currentRoute?.route ?? 'landfill');
  const [gateFee, setGateFee] = useState(text(l.currentRoute?.gateFeeGbpPerTonne));
  const [virginPrice, setVirginPrice] = useState(text(l.virginPriceGbpPerTonne));
  const [status, setStatus] = useState<string>(['active', 'paused', 'draft', 'closed'].includes(l.status) ? l.status : 'active');
  const action = useAction();
  const f = action.fields;
  const stale = action.error?.problem.status === 412;

  async function save(e: Event) {
    e.preventDefault();
    const gradeValues = Object.fromEntries(
      Object.entries(grade)
        .filter(([, v]) => v !== '')
        .map(([k, v]) => [k, entry?.properties.find((p) => p.name === k)?.kind === 'number' ? Number(v) : v]),
    );
    const body = {
      siteId,
      description: description.trim() === '' ? null : description,
      ...(l.kind === 'offer'
        ? { grade: gradeValues, currentRoute: { route, ...(gateFee !== '' ? { gateFeeGbpPerTonne: Number(gateFee) } : {}) } }
        : {
            accepts: Object.fromEntries(Object.entries(accepts).filter(([, c]) => Object.keys(c).length)),
            materials: [l.material, ...others],
            virginPriceGbpPerTonne: numberOrNull(virginPrice),
          }),
      quantity: { amount: amount === '' ? undefined : Number(amount), unit: l.quantity.unit, rate: rateValue },
      maxHaulKm: maxHaulKm === '' ? undefined : Number(maxHaulKm),
      availableFrom: availableFrom || null,
      availableUntil: availableUntil || null,
      status,
    };
    const saved = await action.run(() => patch<FullListing>(`/listings/${l.id}`, body, l.version));
    if (saved) props.onSaved(saved);
  }

  return (
    <form class="editor" onSubmit={save} noValidate aria-labelledby="edit-heading">
      <h2 id="edit-heading">Edit this {l.kind}</h2>
      {stale ? (
        <div class="problem" role="alert">
          <strong>Someone else changed this listing after you opened it.</strong>
          <p>Your changes have not been saved, so theirs are not lost. Load the latest version, then make your changes again.</p>
          <button type="button" onClick={props.onStale}>
            Load the latest version
          </button>
        </div>
      ) : (
        <ProblemSummary error={action.error} />
      )}
      <SelectField id="edit-siteId" label="Site" error={f.siteId} value={siteId} onChange={setSiteId} options={siteOptions(sites ?? [])} />
      <Field id="edit-description" label="Description (optional)" hint="What it is, how it is stored or packed, when it can be collected. Every firm that sees the listing reads this." error={f.description}>
        {(aria) => <textarea {...aria} rows={4} maxLength={2000} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />}
      </Field>
      {l.kind === 'want' && entry && (
        <OtherMaterials first={entry} options={materialsLike(materials, entry)} chosen={others} onChange={setOthers} errors={f} />
      )}
      {entry && entry.properties.length > 0 && (
        <fieldset>
          <legend>{l.kind === 'offer' ? 'Grade of what you offer' : 'Grade you can accept'}</legend>
          {entry.properties.map((p) => (
            <GradeInput
              key={p.name}
              kind={l.kind}
              property={p}
              grade={grade}
              accepts={accepts}
              setGrade={(k, v) => setGrade({ ...grade, [k]: v })}
              setAccepts={(k, v) => setAccepts({ ...accepts, [k]: v })}
              errors={f}
            />
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>Quantity</legend>
        <Field id="edit-amount" label={`Amount (${l.quantity.unit === 'm3' ? 'm³' : 'tonnes'})`} error={f['quantity.amount'] ?? f.quantity}>
          {(aria) => <input {...aria} type="number" step="any" min="0" value={amount} onInput={(e) => setAmount(e.currentTarget.value)} />}
        </Field>
        <SelectField id="edit-rate" label="How often" error={f['quantity.rate']} value={rateValue} onChange={setRate} options={RATE_OPTIONS} />
      </fieldset>
      <Field id="edit-maxHaulKm" label="Furthest haul you would consider (km)" error={f.maxHaulKm}>
        {(aria) => <input {...aria} type="number" min="0" value={maxHaulKm} onInput={(e) => setMaxHaul(e.currentTarget.value)} />}
      </Field>
      <Field id="edit-availableFrom" label="Available from (optional)" error={f.availableFrom}>
        {(aria) => <input {...aria} type="date" value={availableFrom} onInput={(e) => setFrom(e.currentTarget.value)} />}
      </Field>
      <Field id="edit-availableUntil" label="Available until (optional)" error={f.availableUntil}>
        {(aria) => <input {...aria} type="date" value={availableUntil} onInput={(e) => setUntil(e.currentTarget.value)} />}
      </Field>
      {l.kind === 'offer' ? (
        <fieldset>
          <legend>Where it goes today</legend>
          <SelectField
            id="edit-route"
            label="Current route"
            error={f['currentRoute.route']}
            value={route}
            onChange={setRoute}
            options={[
              ['landfill', 'landfill'],
              ['recycling', 'recycling'],
              ['other', 'other'],
            ]}
          />
          <Field id="edit-gateFee" label="Gate fee you pay (£ a tonne, optional)" hint="Left empty, the cited default is used." error={f['currentRoute.gateFeeGbpPerTonne']}>
            {(aria) => <input {...aria} type="number" step="any" min="0" value={gateFee} onInput={(e) => setGateFee(e.currentTarget.value)} />}
          </Field>
        </fieldset>
      ) : (
        <Field id="edit-virginPrice" label="Price you pay for virgin material (£ a tonne, optional)" error={f.virginPriceGbpPerTonne}>
          {(aria) => <input {...aria} type="number" step="any" min="0" value={virginPrice} onInput={(e) => setVirginPrice(e.currentTarget.value)} />}
        </Field>
      )}
      <SelectField id="edit-status" label="Status" error={f.status} value={status} onChange={setStatus} options={STATUS_OPTIONS} />
      <div class="actions">
        <button type="submit" disabled={action.busy}>
          Save changes
        </button>
        <button type="button" class="secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
