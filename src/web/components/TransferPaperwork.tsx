// The duty-of-care side of a transfer: who carried it and how it was contained (in "record a
// transfer"), and the waste transfer note each side signs and downloads (on the exchange page).
import { useEffect, useState } from 'preact/hooks';
import { get, post } from '../api.ts';
import { Field, ProblemSummary, SelectField, useAction } from './Form.tsx';
import type { components } from '../api-types.ts';

type Note = components['schemas']['WasteTransferNote'];

export interface MovementAnswers {
  time: string;
  carrierName: string;
  carrierRegistration: string;
  carrierPostcode: string;
  meansOfTransport: string;
  vehicleRegistration: string;
  containerCount: string;
  containerType: string;
  physicalForm: string;
  weighed: string;
  consignmentCode: string;
}
export const NO_MOVEMENT: MovementAnswers = {
  time: '',
  carrierName: '',
  carrierRegistration: '',
  carrierPostcode: '',
  meansOfTransport: 'Road',
  vehicleRegistration: '',
  containerCount: '1',
  containerType: 'LOO',
  physicalForm: 'Solid',
  weighed: 'yes',
  consignmentCode: '',
};

const CONTAINERS = [
  ['LOO', 'Loose (tipper load)'],
  ['SKI', 'Skip'],
  ['ROR', 'Roll-on roll-off container'],
  ['BAG', 'Bags / bulk bags'],
  ['TAN', 'Tanker'],
  ['IBC', 'Intermediate bulk container'],
  ['DRU', 'Drums'],
  ['CON', 'Other container'],
] as const;

/** The transfer body's movement fields: only what was filled in, so older habits still work. */
export function movementBody(m: MovementAnswers, date: string) {
  return {
    ...(m.time ? { receivedAt: new Date(`${date}T${m.time}`).toISOString() } : {}),
    ...(m.carrierName
      ? {
          carrier: {
            organisationName: m.carrierName,
            ...(m.carrierRegistration ? { registrationNumber: m.carrierRegistration } : { reasonForNoRegistrationNumber: 'ONE_OFF' }),
            postcode: m.carrierPostcode,
            meansOfTransport: m.meansOfTransport,
            ...(m.vehicleRegistration ? { vehicleRegistration: m.vehicleRegistration } : {}),
          },
        }
      : {}),
    containers: { count: Number(m.containerCount || 0), type: m.containerType },
    physicalForm: m.physicalForm,
    weightEstimated: m.weighed !== 'yes',
    ...(m.consignmentCode ? { hazardousWasteConsignmentCode: m.consignmentCode.toUpperCase() } : {}),
  };
}

export function MovementFields(props: { value: MovementAnswers; onChange: (m: MovementAnswers) => void; errors: Record<string, string>; hazardous: boolean }) {
  const m = props.value;
  const set = (patch: Partial<MovementAnswers>) => props.onChange({ ...m, ...patch });
  const f = props.errors;
  const text = (id: keyof MovementAnswers, label: string, error?: string, hint?: string) => (
    <Field id={`movement-${id}`} label={label} error={error} hint={hint}>
      {(aria) => <input {...aria} value={m[id]} onInput={(e) => set({ [id]: e.currentTarget.value })} />}
    </Field>
  );
  return (
    <fieldset class="movement">
      <legend>Who carried it and how (for the waste transfer note)</legend>
      <Field id="movement-time" label="Time it arrived (optional)" error={f.receivedAt}>
        {(aria) => <input {...aria} type="time" value={m.time} onInput={(e) => set({ time: e.currentTarget.value })} />}
      </Field>
      {text('carrierName', 'Carrier (haulier) name', f['carrier.organisationName'] ?? f.carrier)}
      {text('carrierRegistration', 'Carrier registration number (e.g. CBDU123456)', f['carrier.registrationNumber'], 'Left empty: recorded as a one-off carrier without registration.')}
      {text('carrierPostcode', 'Carrier postcode', f['carrier.postcode'])}
      <SelectField
        id="movement-meansOfTransport"
        label="Carried by"
        value={m.meansOfTransport}
        onChange={(v) => set({ meansOfTransport: v })}
        options={['Road', 'Rail', 'Sea', 'Inland Waterway', 'Piped', 'Other'].map((v) => [v, v] as const)}
      />
      {m.meansOfTransport === 'Road' && text('vehicleRegistration', 'Vehicle registration', f['carrier.vehicleRegistration'])}
      {text('containerCount', 'How many containers or loads', f['containers.count'])}
      <SelectField id="movement-containerType" label="Contained as" error={f['containers.type']} value={m.containerType} onChange={(v) => set({ containerType: v })} options={CONTAINERS} />
      <SelectField
        id="movement-physicalForm"
        label="Form"
        value={m.physicalForm}
        onChange={(v) => set({ physicalForm: v })}
        options={['Solid', 'Powder', 'Sludge', 'Liquid', 'Gas', 'Mixed'].map((v) => [v, v] as const)}
      />
      <SelectField
        id="movement-weighed"
        label="Was it weighed?"
        value={m.weighed}
        onChange={(v) => set({ weighed: v })}
        options={[
          ['yes', 'Yes, on a weighbridge'],
          ['no', 'No, the amount is an estimate'],
        ]}
      />
      {text(
        'consignmentCode',
        props.hazardous ? 'Hazardous waste consignment note code (e.g. TIPTON/A0001)' : 'Consignment note code (hazardous waste only)',
        f.hazardousWasteConsignmentCode ?? f.reasonForNoConsignmentCode,
      )}
    </fieldset>
  );
}

/** A transfer's note: what it still lacks, who has signed, sign for your side, download the page. */
export function TransferNote({ transferId, yourSide }: { transferId: string; yourSide: 'offer' | 'want' | null }) {
  const [note, setNote] = useState<Note | null>(null);
  const [name, setName] = useState('');
  const action = useAction();
  const url = `/transfers/${transferId}/waste-transfer-note`;
  useEffect(() => void action.run(async () => setNote(await get<Note>(url))), [transferId]);
  if (!note) return action.error ? <span class="hint">{action.error.problem.detail}</span> : null;
  const mySide = yourSide === 'offer' ? 'transferor' : yourSide === 'want' ? 'transferee' : null;
  const signed = note.signatures.some((s) => s.side === mySide);
  async function sign(e: Event) {
    e.preventDefault();
    const done = await action.run(() => post<Note>(`${url}/signatures`, { signatoryName: name }));
    if (done) setNote(done);
  }
  return (
    <div class="transfer-note">
      <p>
        Waste transfer note{note.kind === 'season-ticket' ? ' (season ticket)' : ''}: <strong>{note.status}</strong>
        {note.signatures.map((s) => ` · ${s.side} signed by ${s.signatoryName}`).join('')}
        {note.supersededBy ? ' · superseded by a correction' : ''} · <a href={`${url}?format=pdf`} download>Download PDF</a>
      </p>
      {note.missing.length > 0 && <p class="hint">Still needed before signing: {note.missing.join(', ')}</p>}
      <ProblemSummary error={action.error} />
      {mySide && !signed && !note.supersededBy && note.missing.length === 0 && (
        <form class="inline-form" onSubmit={sign}>
          <Field id={`sign-${transferId}`} label={`Sign as ${mySide}: your name`} error={action.fields.signatoryName}>
            {(aria) => <input {...aria} value={name} onInput={(e) => setName(e.currentTarget.value)} />}
          </Field>
          <button type="submit" disabled={action.busy}>
            Sign note
          </button>
        </form>
      )}
    </div>
  );
}
