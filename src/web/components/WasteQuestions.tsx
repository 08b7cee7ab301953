// The legal questions of an offer, in plain words: is it waste, which List of Waste entry, and,
// for an entry with a hazardous twin, the firm's own assessment. The legal basis is one click away.
import { Field, SelectField } from './Form.tsx';
import type { Material } from '../types.ts';

type Status = 'waste' | 'by-product' | 'end-of-waste';
const TESTS = [
  ['certainFurtherUse', 'Someone will certainly use it (e.g. a contract or regular buyer)'],
  ['noFurtherProcessing', 'It can be used as it is, without processing beyond normal industrial practice'],
  ['integralPartOfProduction', 'It is made as an integral part of your production process'],
  ['lawfulFurtherUse', 'Its use is lawful: it meets product, environmental and health requirements'],
] as const;
const HP = Array.from({ length: 15 }, (_, i) => `HP${i + 1}`);

export interface WasteAnswers {
  wasteStatus: Status;
  ewcCode: string;
  hazardous: '' | 'yes' | 'no';
  basis: string;
  hazardousProperties: string[];
  justifications: Record<string, string>;
  endBasis: string;
  endReference: string;
}
export const NO_ANSWERS: WasteAnswers = {
  wasteStatus: 'waste',
  ewcCode: '',
  hazardous: '',
  basis: '',
  hazardousProperties: [],
  justifications: {},
  endBasis: '',
  endReference: '',
};

type Code = Material['ewcCodes'][number];
const isMirror = (c: Code | undefined) => c?.entry === 'MN' || c?.entry === 'MH';

/** The listing body's classification fields from the answers (nothing when nothing was chosen). */
export function wasteBody(a: WasteAnswers, material: Material | undefined) {
  const code = material?.ewcCodes.find((c) => c.code === a.ewcCode);
  return {
    wasteStatus: a.wasteStatus,
    ...(a.ewcCode ? { ewcCode: a.ewcCode } : {}),
    // Left empty, the API says in words that a mirror entry needs an assessment.
    ...(isMirror(code) && a.basis.trim()
      ? {
          hazardAssessment: {
            hazardous: Boolean(code?.hazardous),
            basis: a.basis,
            ...(a.hazardousProperties.length ? { hazardousProperties: a.hazardousProperties } : {}),
          },
        }
      : {}),
    ...(a.wasteStatus === 'by-product'
      ? { byProduct: Object.fromEntries(TESTS.map(([k]) => [k, { met: Boolean(a.justifications[k]), justification: a.justifications[k] || 'not met' }])) }
      : {}),
    ...(a.wasteStatus === 'end-of-waste' ? { endOfWaste: { basis: a.endBasis, reference: a.endReference } } : {}),
  };
}

export function WasteQuestions(props: {
  material: Material;
  answers: WasteAnswers;
  onChange: (a: WasteAnswers) => void;
  errors: Record<string, string>;
}) {
  const a = props.answers;
  const set = (patch: Partial<WasteAnswers>) => props.onChange({ ...a, ...patch });
  const code = props.material.ewcCodes.find((c) => c.code === a.ewcCode);
  const f = props.errors;
  return (
    <fieldset class="waste-questions">
      <legend>Is it waste?</legend>
      <details class="legal-basis">
        <summary>Why we ask</summary>
        <p>
          Handing waste to another firm brings a duty of care (Environmental Protection Act 1990, section 34): describe it with
          its List of Waste code, check the receiver may take it, and keep a signed transfer note for two years (three if
          hazardous). A by-product must meet all four tests of the Waste Framework Directive, article 5; end-of-waste needs a
          basis such as a Quality Protocol (article 6). Some codes have a hazardous twin: you say which applies, from your own
          assessment (Environment Agency guidance WM3). We record your answers; this is not legal advice.
        </p>
      </details>
      <SelectField
        id="wasteStatus"
        label="What is it, legally?"
        error={f.wasteStatus}
        value={a.wasteStatus}
        onChange={(v) => set({ wasteStatus: v as Status })}
        options={[
          ['waste', 'Waste we need to pass on (most surplus is)'],
          ['by-product', 'A by-product of our process that meets all four legal tests'],
          ['end-of-waste', 'Treated to a standard so it is no longer waste (end-of-waste)'],
        ]}
      />
      {a.wasteStatus === 'by-product' && (
        <fieldset>
          <legend>The four by-product tests: say briefly why each is met</legend>
          {TESTS.map(([k, label]) => (
            <Field key={k} id={`byProduct-${k}`} label={label} error={f[`byProduct.${k}.met`] ?? f[`byProduct.${k}.justification`]}>
              {(aria) => <input {...aria} value={a.justifications[k] ?? ''} onInput={(e) => set({ justifications: { ...a.justifications, [k]: e.currentTarget.value } })} />}
            </Field>
          ))}
        </fieldset>
      )}
      {a.wasteStatus === 'end-of-waste' && (
        <>
          <Field id="endOfWaste-basis" label="On what basis? (e.g. Quality Protocol)" error={f['endOfWaste.basis'] ?? f.endOfWaste}>
            {(aria) => <input {...aria} value={a.endBasis} onInput={(e) => set({ endBasis: e.currentTarget.value })} />}
          </Field>
          <Field id="endOfWaste-reference" label="Its title or reference" error={f['endOfWaste.reference']}>
            {(aria) => <input {...aria} value={a.endReference} onInput={(e) => set({ endReference: e.currentTarget.value })} />}
          </Field>
        </>
      )}
      <SelectField
        id="ewcCode"
        label="Which List of Waste code describes it?"
        hint="The waste code on your current waste paperwork. Codes marked hazardous are the twins of the ones above them."
        error={f.ewcCode}
        value={a.ewcCode}
        onChange={(v) => set({ ewcCode: v, hazardous: '' })}
        options={[
          ['', 'not stated yet'],
          ...props.material.ewcCodes.map((c) => [c.code, `${c.code}${c.hazardous ? '* (hazardous)' : ''} — ${c.description}`] as const),
        ]}
      />
      {isMirror(code) && (
        <fieldset>
          <legend>This code has a hazardous twin ({code?.mirrorOf}). Your assessment</legend>
          <p class="hint">
            {code?.hazardous
              ? 'You chose the hazardous code: name the hazardous properties found.'
              : 'You chose the non-hazardous code: say how you know it is below the thresholds.'}
          </p>
          <Field id="hazard-basis" label="How do you know? (e.g. laboratory report number, WM3 assessment)" error={f['hazardAssessment.basis'] ?? f.hazardAssessment ?? f['hazardAssessment.hazardous']}>
            {(aria) => <input {...aria} value={a.basis} onInput={(e) => set({ basis: e.currentTarget.value })} />}
          </Field>
          {code?.hazardous && (
            <fieldset class="choices">
              <legend>Hazardous properties</legend>
              {HP.map((hp) => (
                <label key={hp} class="inline">
                  <input
                    type="checkbox"
                    checked={a.hazardousProperties.includes(hp)}
                    onChange={(e) =>
                      set({ hazardousProperties: e.currentTarget.checked ? [...a.hazardousProperties, hp] : a.hazardousProperties.filter((x) => x !== hp) })
                    }
                  />{' '}
                  {hp}
                </label>
              ))}
              {f['hazardAssessment.hazardousProperties'] && <span class="error">{f['hazardAssessment.hazardousProperties']}</span>}
            </fieldset>
          )}
        </fieldset>
      )}
    </fieldset>
  );
}

/** The flag a hazardous listing carries wherever it shows. */
export function HazardFlag({ hazardous, code }: { hazardous?: boolean | undefined; code?: string | null | undefined }) {
  if (!hazardous) return null;
  return (
    <span class="hazard-flag" role="img" aria-label={`Hazardous waste${code ? ` ${code}*` : ''}`} title="Hazardous waste: needs a consignment code">
      ⚠ hazardous{code ? ` ${code}*` : ''}
    </span>
  );
}
