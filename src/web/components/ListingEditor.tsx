import { useState } from 'preact/hooks';
import { patch } from '../api.ts';
import { acceptsBody, amountBody, gradeBody, ListingFields, useListingForm } from './ListingFields.tsx';
import { materialsLike, OtherMaterials } from './OtherMaterials.tsx';
import { siteOptions, useMySites } from '../sites.ts';
import { useApp } from '../session.ts';
import type { FullListing } from '../types.ts';
import { ProblemSummary, SelectField, useAction } from './Form.tsx';

const STATUS_OPTIONS = [
  ['active', 'active: visible and matched'],
  ['paused', 'paused: hidden for now'],
  ['draft', 'draft: not yet shown'],
  ['closed', 'closed: no longer available'],
] as const;

const text = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

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
  const [others, setOthers] = useState<string[]>(l.materials.slice(1));
  const { values, set } = useListingForm({
    description: l.description ?? '',
    grade: Object.fromEntries(Object.entries(l.grade).map(([k, v]) => [k, String(v)])),
    accepts: l.accepts,
    amount: String(l.quantity.amount),
    rate: l.quantity.rate,
    maxHaulKm: String(l.maxHaulKm),
    availableFrom: l.availableFrom ?? '',
    availableUntil: l.availableUntil ?? '',
    route: l.currentRoute?.route ?? 'landfill',
    gateFee: text(l.currentRoute?.gateFeeGbpPerTonne),
    virginPrice: text(l.virginPriceGbpPerTonne),
  });
  const [status, setStatus] = useState<string>(['active', 'paused', 'draft', 'closed'].includes(l.status) ? l.status : 'active');
  const action = useAction();
  const f = action.fields;
  const stale = action.error?.problem.status === 412;

  async function save(e: Event) {
    e.preventDefault();
    const body = {
      siteId,
      description: values.description.trim() === '' ? null : values.description,
      ...(l.kind === 'offer'
        ? { grade: gradeBody(values, entry), currentRoute: { route: values.route, ...(values.gateFee !== '' ? { gateFeeGbpPerTonne: Number(values.gateFee) } : {}) } }
        : {
            accepts: acceptsBody(values),
            materials: [l.material, ...others],
            virginPriceGbpPerTonne: values.virginPrice.trim() === '' ? null : Number(values.virginPrice),
          }),
      quantity: { amount: amountBody(values.amount), unit: l.quantity.unit, rate: values.rate },
      maxHaulKm: amountBody(values.maxHaulKm),
      availableFrom: values.availableFrom || null,
      availableUntil: values.availableUntil || null,
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
      {l.kind === 'want' && entry && (
        <OtherMaterials first={entry} options={materialsLike(materials, entry)} chosen={others} onChange={setOthers} errors={f} />
      )}
      <ListingFields kind={l.kind} entry={entry} unit={l.quantity.unit} values={values} set={set} errors={f} idPrefix="edit-" />
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
