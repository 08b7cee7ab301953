import { useState } from 'preact/hooks';
import { post } from '../api.ts';
import { Field, Loading, ProblemSummary, RATE_OPTIONS, SelectField, useAction } from '../components/Form.tsx';
import { materialsLike, OtherMaterials } from '../components/OtherMaterials.tsx';
import { navigate } from '../router.ts';
import { siteOptions, useMySites } from '../sites.ts';
import { materialOptions, useApp } from '../session.ts';
import type { Constraint, Listing, Property } from '../types.ts';
import { NO_ANSWERS, WasteQuestions, wasteBody } from '../components/WasteQuestions.tsx';

type Kind = 'offer' | 'want';

/** The grade inputs of one catalogue property: a value for offers, bounds or choices for wants. */
export function GradeInput(props: {
  kind: Kind;
  property: Property;
  grade: Record<string, string>;
  accepts: Record<string, Constraint>;
  setGrade: (name: string, value: string) => void;
  setAccepts: (name: string, value: Constraint) => void;
  errors: Record<string, string>;
}) {
  const p = props.property;
  const label = `${p.label}${p.kind === 'number' && p.unit ? ` (${p.unit})` : ''}`;
  const bounds = p.kind === 'number' ? `Between ${p.min} and ${p.max}.` : undefined;
  const id = `grade-${p.name}`;
  if (props.kind === 'offer') {
    const error = props.errors[`grade.${p.name}`];
    return p.kind === 'number' ? (
      <Field id={id} label={label} hint={bounds} error={error}>
        {(aria) => (
          <input
            {...aria}
            type="number"
            step="any"
            min={p.min}
            max={p.max}
            value={props.grade[p.name] ?? ''}
            onInput={(e) => props.setGrade(p.name, e.currentTarget.value)}
          />
        )}
      </Field>
    ) : (
      <SelectField
        id={id}
        label={label}
        error={error}
        value={props.grade[p.name] ?? ''}
        onChange={(v) => props.setGrade(p.name, v)}
        options={[['', 'not stated'], ...(p.values ?? []).map((v) => [v, v] as const)]}
      />
    );
  }
  const c = props.accepts[p.name] ?? {};
  if (p.kind === 'category') {
    const chosen = new Set(c.oneOf ?? []);
    return (
      <fieldset class="choices">
        <legend>{label}: acceptable values (none ticked: any)</legend>
        {(p.values ?? []).map((v) => (
          <label key={v} class="inline">
            <input
              type="checkbox"
              checked={chosen.has(v)}
              onChange={(e) => {
                if (e.currentTarget.checked) chosen.add(v);
                else chosen.delete(v);
                props.setAccepts(p.name, chosen.size ? { oneOf: [...chosen] } : {});
              }}
            />{' '}
            {v}
          </label>
        ))}
        {props.errors[`accepts.${p.name}.oneOf`] && <span class="error">{props.errors[`accepts.${p.name}.oneOf`]}</span>}
      </fieldset>
    );
  }
  const setBound = (which: 'min' | 'max', value: string) => {
    const next: Constraint = { ...c };
    if (value === '') delete next[which];
    else next[which] = Number(value);
    props.setAccepts(p.name, next);
  };
  return (
    <fieldset class="bounds">
      <legend>
        {label}: acceptable range <span class="hint">{bounds}</span>
      </legend>
      <Field id={`${id}-min`} label="at least" error={props.errors[`accepts.${p.name}.min`] ?? props.errors[`accepts.${p.name}`]}>
        {(aria) => <input {...aria} type="number" step="any" value={c.min ?? ''} onInput={(e) => setBound('min', e.currentTarget.value)} />}
      </Field>
      <Field id={`${id}-max`} label="at most" error={props.errors[`accepts.${p.name}.max`]}>
        {(aria) => <input {...aria} type="number" step="any" value={c.max ?? ''} onInput={(e) => setBound('max', e.currentTarget.value)} />}
      </Field>
    </fieldset>
  );
}

export function NewListing() {
  const { materials } = useApp();
  const { sites, siteId, setSiteId } = useMySites();
  const [kind, setKind] = useState<Kind>('offer');
  const [material, setMaterial] = useState('');
  const [others, setOthers] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const [grade, setGrade] = useState<Record<string, string>>({});
  const [accepts, setAccepts] = useState<Record<string, Constraint>>({});
  const [amount, setAmount] = useState('');
  const [rateValue, setRate] = useState('year');
  const [maxHaulKm, setMaxHaul] = useState('50');
  const [availableFrom, setFrom] = useState('');
  const [availableUntil, setUntil] = useState('');
  const [route, setRoute] = useState('landfill');
  const [gateFee, setGateFee] = useState('');
  const [virginPrice, setVirginPrice] = useState('');
  const [waste, setWaste] = useState(NO_ANSWERS);
  const action = useAction();
  const entry = materials.find((m) => m.code === material);
  const f = action.fields;

  async function submit(e: Event) {
    e.preventDefault();
    const gradeValues = Object.fromEntries(
      Object.entries(grade)
        .filter(([, v]) => v !== '')
        .map(([k, v]) => [k, entry?.properties.find((p) => p.name === k)?.kind === 'number' ? Number(v) : v]),
    );
    const acceptValues = Object.fromEntries(Object.entries(accepts).filter(([, c]) => Object.keys(c).length));
    const body = {
      kind,
      siteId,
      material,
      ...(kind === 'want' && others.length ? { materials: [material, ...others] } : {}),
      ...(description.trim() ? { description } : {}),
      ...(kind === 'offer' ? { grade: gradeValues } : { accepts: acceptValues }),
      quantity: { amount: amount === '' ? undefined : Number(amount), unit: entry?.unit ?? 't', rate: rateValue },
      maxHaulKm: maxHaulKm === '' ? undefined : Number(maxHaulKm),
      ...(availableFrom ? { availableFrom } : {}),
      ...(availableUntil ? { availableUntil } : {}),
      ...(kind === 'offer'
        ? { currentRoute: { route, ...(gateFee !== '' ? { gateFeeGbpPerTonne: Number(gateFee) } : {}) } }
        : virginPrice !== ''
          ? { virginPriceGbpPerTonne: Number(virginPrice) }
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
            setGrade({});
            setAccepts({});
          }}
          options={[['', 'Choose a material'], ...materialOptions(materials)]}
        />
        {kind === 'want' && entry && (
          <OtherMaterials first={entry} options={materialsLike(materials, entry)} chosen={others} onChange={setOthers} errors={f} />
        )}
        <Field id="description" label="Description (optional)" hint="What it is, how it is stored or packed, when it can be collected. Every firm that sees the listing reads this: leave out anything confidential." error={f.description}>
          {(aria) => <textarea {...aria} rows={3} maxLength={2000} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />}
        </Field>
        {entry && entry.properties.length > 0 && (
          <fieldset>
            <legend>{kind === 'offer' ? 'Grade of what you offer' : 'Grade you can accept'}</legend>
            {entry.properties.map((p) => (
              <GradeInput
                key={`${kind}-${p.name}`}
                kind={kind}
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
          <Field id="amount" label={`Amount (${entry?.unit === 'm3' ? 'm³' : 'tonnes'})`} error={f['quantity.amount'] ?? f.quantity}>
            {(aria) => <input {...aria} type="number" step="any" min="0" value={amount} onInput={(e) => setAmount(e.currentTarget.value)} />}
          </Field>
          <SelectField id="rate" label="How often" error={f['quantity.rate']} value={rateValue} onChange={setRate} options={RATE_OPTIONS} />
        </fieldset>
        <Field id="maxHaulKm" label="Furthest haul you would consider (km)" error={f.maxHaulKm}>
          {(aria) => <input {...aria} type="number" min="0" value={maxHaulKm} onInput={(e) => setMaxHaul(e.currentTarget.value)} />}
        </Field>
        <Field id="availableFrom" label="Available from (optional)" error={f.availableFrom}>
          {(aria) => <input {...aria} type="date" value={availableFrom} onInput={(e) => setFrom(e.currentTarget.value)} />}
        </Field>
        <Field id="availableUntil" label="Available until (optional)" error={f.availableUntil}>
          {(aria) => <input {...aria} type="date" value={availableUntil} onInput={(e) => setUntil(e.currentTarget.value)} />}
        </Field>
        {kind === 'offer' ? (
          <fieldset>
            <legend>Where it goes today</legend>
            <SelectField
              id="route"
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
            <Field id="gateFee" label="Gate fee you pay (£ a tonne, optional)" hint="Left empty, the cited default is used." error={f['currentRoute.gateFeeGbpPerTonne']}>
              {(aria) => <input {...aria} type="number" step="any" min="0" value={gateFee} onInput={(e) => setGateFee(e.currentTarget.value)} />}
            </Field>
          </fieldset>
        ) : (
          <Field id="virginPrice" label="Price you pay for virgin material (£ a tonne, optional)" hint="Left empty, the cited default is used." error={f.virginPriceGbpPerTonne}>
            {(aria) => <input {...aria} type="number" step="any" min="0" value={virginPrice} onInput={(e) => setVirginPrice(e.currentTarget.value)} />}
          </Field>
        )}
        {kind === 'offer' && entry && <WasteQuestions material={entry} answers={waste} onChange={setWaste} errors={f} />}
        <button type="submit" disabled={action.busy}>
          {kind === 'offer' ? 'List this offer' : 'List this want'}
        </button>
      </form>
    </main>
  );
}
