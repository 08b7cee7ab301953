import { useState } from 'preact/hooks';
import { post } from '../api.ts';
import { Loading, ProblemSummary, SelectField, useAction } from '../components/Form.tsx';
import { acceptsBody, amountBody, EMPTY_LISTING_FORM, gradeBody, ListingFields, useListingForm } from '../components/ListingFields.tsx';
import { materialsLike, OtherMaterials } from '../components/OtherMaterials.tsx';
import { navigate } from '../router.ts';
import { siteOptions, useMySites } from '../sites.ts';
import { materialOptions, useApp } from '../session.ts';
import type { Listing } from '../types.ts';
import { NO_ANSWERS, WasteQuestions, wasteBody } from '../components/WasteQuestions.tsx';

type Kind = 'offer' | 'want';

export function NewListing() {
  const { materials } = useApp();
  const { sites, siteId, setSiteId } = useMySites();
  const [kind, setKind] = useState<Kind>('offer');
  const [material, setMaterial] = useState('');
  const [others, setOthers] = useState<string[]>([]);
  const { values, set } = useListingForm(EMPTY_LISTING_FORM);
  const [waste, setWaste] = useState(NO_ANSWERS);
  const action = useAction();
  const entry = materials.find((m) => m.code === material);
  const f = action.fields;

  async function submit(e: Event) {
    e.preventDefault();
    const body = {
      kind,
      siteId,
      material,
      ...(kind === 'want' && others.length ? { materials: [material, ...others] } : {}),
      ...(values.description.trim() ? { description: values.description } : {}),
      ...(kind === 'offer' ? { grade: gradeBody(values, entry) } : { accepts: acceptsBody(values) }),
      quantity: { amount: amountBody(values.amount), unit: entry?.unit ?? 't', rate: values.rate },
      maxHaulKm: amountBody(values.maxHaulKm),
      ...(values.availableFrom ? { availableFrom: values.availableFrom } : {}),
      ...(values.availableUntil ? { availableUntil: values.availableUntil } : {}),
      ...(kind === 'offer'
        ? { currentRoute: { route: values.route, ...(values.gateFee !== '' ? { gateFeeGbpPerTonne: Number(values.gateFee) } : {}) } }
        : values.virginPrice !== ''
          ? { virginPriceGbpPerTonne: Number(values.virginPrice) }
          : {}),
      ...(kind === 'offer' ? wasteBody(waste, entry) : {}),
    };
    const made = await action.run(() => post<Listing>('/listings', body));
    if (made) navigate(`/listings/${made.id}`);
  }

  if (sites === null) return <Loading />;
  if (sites.length === 0)
    return (
      <main id="main">
        <h1>List a material</h1>
        <p>
          First <a href="#/sites">add a site</a>: every listing is made at one of your sites.
        </p>
      </main>
    );
  return (
    <main id="main" class="narrow">
      <h1>List a material</h1>
      <form onSubmit={submit} noValidate>
        <ProblemSummary error={action.error} />
        <fieldset>
          <legend>I want to</legend>
          <label class="inline">
            <input type="radio" name="kind" checked={kind === 'offer'} onChange={() => setKind('offer')} /> offer surplus
          </label>
          <label class="inline">
            <input type="radio" name="kind" checked={kind === 'want'} onChange={() => setKind('want')} /> find feedstock
          </label>
        </fieldset>
        <SelectField id="siteId" label="Site" error={f.siteId} value={siteId} onChange={setSiteId} options={siteOptions(sites)} />
        <SelectField
          id="material"
          label="Material"
          error={f.material}
          value={material}
          onChange={(v) => {
            setMaterial(v);
            setOthers([]);
            set({ grade: {}, accepts: {} });
          }}
          options={[['', 'Choose a material'], ...materialOptions(materials)]}
        />
        {kind === 'want' && entry && (
          <OtherMaterials first={entry} options={materialsLike(materials, entry)} chosen={others} onChange={setOthers} errors={f} />
        )}
        <ListingFields kind={kind} entry={entry} unit={entry?.unit ?? 't'} values={values} set={set} errors={f} />
        {kind === 'offer' && entry && <WasteQuestions material={entry} answers={waste} onChange={setWaste} errors={f} />}
        <button type="submit" disabled={action.busy}>
          {kind === 'offer' ? 'List this offer' : 'List this want'}
        </button>
      </form>
    </main>
  );
}
