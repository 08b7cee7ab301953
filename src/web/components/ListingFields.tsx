// The fields a listing has whether it is being made or edited: one component, so the two forms
// ask alike and an error reaches the same field in both.
import { useState } from 'preact/hooks';
import type { Constraint, Material, Property } from '../types.ts';
import { Field, RATE_OPTIONS, SelectField } from './Form.tsx';

type Kind = 'offer' | 'want';

/** What the form holds, as typed: numbers stay text until the body is built. */
export interface ListingFormValues {
  description: string;
  grade: Record<string, string>;
  accepts: Record<string, Constraint>;
  amount: string;
  rate: string;
  maxHaulKm: string;
  availableFrom: string;
  availableUntil: string;
  route: string;
  gateFee: string;
  virginPrice: string;
}

export const EMPTY_LISTING_FORM: ListingFormValues = {
  description: '',
  grade: {},
  accepts: {},
  amount: '',
  rate: 'year',
  maxHaulKm: '50',
  availableFrom: '',
  availableUntil: '',
  route: 'landfill',
  gateFee: '',
  virginPrice: '',
};

/** The form's values and a setter of some of them. */
export function useListingForm(initial: ListingFormValues) {
  const [values, setValues] = useState(initial);
  const set = (change: Partial<ListingFormValues>) => setValues((v) => ({ ...v, ...change }));
  return { values, set };
}

/** The grade as the API takes it: stated values only, numbers as numbers. */
export function gradeBody(v: ListingFormValues, entry: Material | undefined): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(v.grade)
      .filter(([, x]) => x !== '')
      .map(([k, x]) => [k, entry?.properties.find((p) => p.name === k)?.kind === 'number' ? Number(x) : x]),
  );
}

/** A want's constraints as the API takes them: only those with a bound or a choice. */
export const acceptsBody = (v: ListingFormValues) => Object.fromEntries(Object.entries(v.accepts).filter(([, c]) => Object.keys(c).length));

export const amountBody = (text: string) => (text === '' ? undefined : Number(text));

/**
 * Description, grade, quantity, haul, dates and today's route (offers) or virgin price (wants).
 * `idPrefix` keeps the ids apart when the editor shares a page with other forms.
 */
export function ListingFields(props: {
  kind: Kind;
  entry: Material | undefined;
  unit: string;
  values: ListingFormValues;
  set: (change: Partial<ListingFormValues>) => void;
  errors: Record<string, string>;
  idPrefix?: string;
}) {
  const { kind, entry, values: v, set, errors: f } = props;
  const id = (name: string) => `${props.idPrefix ?? ''}${name}`;
  const numberInput = (value: string, onInput: (value: string) => void, step = 'any') => (aria: Record<string, unknown>) => (
    <input {...aria} type="number" step={step} min="0" value={value} onInput={(e) => onInput(e.currentTarget.value)} />
  );
  return (
    <>
      <Field
        id={id('description')}
        label="Description (optional)"
        hint="What it is, how it is stored or packed, when it can be collected. Every firm that sees the listing reads this: leave out anything confidential."
        error={f.description}
      >
        {(aria) => <textarea {...aria} rows={3} maxLength={2000} value={v.description} onInput={(e) => set({ description: e.currentTarget.value })} />}
      </Field>
      {entry && entry.properties.length > 0 && (
        <fieldset>
          <legend>{kind === 'offer' ? 'Grade of what you offer' : 'Grade you can accept'}</legend>
          {entry.properties.map((p) => (
            <GradeInput
              key={`${kind}-${p.name}`}
              kind={kind}
              property={p}
              grade={v.grade}
              accepts={v.accepts}
              setGrade={(k, x) => set({ grade: { ...v.grade, [k]: x } })}
              setAccepts={(k, x) => set({ accepts: { ...v.accepts, [k]: x } })}
              errors={f}
            />
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>Quantity</legend>
        <Field id={id('amount')} label={`Amount (${props.unit === 'm3' ? 'm³' : 'tonnes'})`} error={f['quantity.amount'] ?? f.quantity}>
          {numberInput(v.amount, (amount) => set({ amount }))}
        </Field>
        <SelectField id={id('rate')} label="How often" error={f['quantity.rate']} value={v.rate} onChange={(rate) => set({ rate })} options={RATE_OPTIONS} />
      </fieldset>
      <Field id={id('maxHaulKm')} label="Furthest haul you would consider (km)" error={f.maxHaulKm}>
        {numberInput(v.maxHaulKm, (maxHaulKm) => set({ maxHaulKm }), '1')}
      </Field>
      <Field id={id('availableFrom')} label="Available from (optional)" error={f.availableFrom}>
        {(aria) => <input {...aria} type="date" value={v.availableFrom} onInput={(e) => set({ availableFrom: e.currentTarget.value })} />}
      </Field>
      <Field id={id('availableUntil')} label="Available until (optional)" error={f.availableUntil}>
        {(aria) => <input {...aria} type="date" value={v.availableUntil} onInput={(e) => set({ availableUntil: e.currentTarget.value })} />}
      </Field>
      {kind === 'offer' ? (
        <fieldset>
          <legend>Where it goes today</legend>
          <SelectField
            id={id('route')}
            label="Current route"
            error={f['currentRoute.route']}
            value={v.route}
            onChange={(route) => set({ route })}
            options={[
              ['landfill', 'landfill'],
              ['recycling', 'recycling'],
              ['other', 'other'],
            ]}
          />
          <Field id={id('gateFee')} label="Gate fee you pay (£ a tonne, optional)" hint="Left empty, the cited default is used." error={f['currentRoute.gateFeeGbpPerTonne']}>
            {numberInput(v.gateFee, (gateFee) => set({ gateFee }))}
          </Field>
        </fieldset>
      ) : (
        <Field id={id('virginPrice')} label="Price you pay for virgin material (£ a tonne, optional)" hint="Left empty, the cited default is used." error={f.virginPriceGbpPerTonne}>
          {numberInput(v.virginPrice, (virginPrice) => set({ virginPrice }))}
        </Field>
      )}
    </>
  );
}

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
