import { useState } from 'preact/hooks';
import { post } from '../api.ts';
import { date, num } from '../format.ts';
import type { Exchange, Transfer } from '../types.ts';
import { Field, ProblemSummary, SelectField, useAction } from './Form.tsx';

const unitWord = (unit: string) => (unit === 'm3' ? 'm³' : 'tonnes');

/**
 * Corrects a recorded transfer (a mistyped weight, the wrong day): a new transfer that replaces
 * it, so the record keeps both and only the correction counts in the savings.
 */
export function TransferCorrection({ exchange, transfers, onRecorded }: { exchange: Exchange; transfers: Transfer[]; onRecorded: () => void }) {
  const [target, setTarget] = useState(transfers[0]?.id ?? '');
  const chosen = transfers.find((t) => t.id === target) ?? transfers[0];
  const [when, setWhen] = useState(chosen?.date ?? '');
  const [amountValue, setAmount] = useState(chosen ? String(chosen.amount) : '');
  const [haulKm, setHaulKm] = useState(chosen?.haulKm === null || !chosen ? '' : String(chosen.haulKm));
  const [note, setNote] = useState('');
  const action = useAction();
  if (!chosen) return null;

  function pick(id: string) {
    const t = transfers.find((x) => x.id === id);
    setTarget(id);
    setWhen(t?.date ?? '');
    setAmount(t ? String(t.amount) : '');
    setHaulKm(t?.haulKm === null || !t ? '' : String(t.haulKm));
  }
  async function submit(e: Event) {
    e.preventDefault();
    const body = {
      corrects: target,
      date: when,
      amount: amountValue === '' ? undefined : Number(amountValue),
      unit: exchange.quantity.unit,
      ...(haulKm !== '' ? { haulKm: Number(haulKm) } : {}),
      ...(note.trim() ? { note } : {}),
    };
    if (await action.run(() => post<Transfer>(`/exchanges/${exchange.id}/transfers`, body))) {
      setNote('');
      onRecorded();
    }
  }
  return (
    <details class="correction">
      <summary>Correct a transfer</summary>
      <form onSubmit={submit} noValidate aria-labelledby="correct-heading">
        <h3 id="correct-heading" class="visually-hidden">
          Correct a transfer
        </h3>
        <p class="hint">The corrected transfer stays on the record, marked corrected; only the correction counts in the savings.</p>
        <ProblemSummary error={action.error} />
        <SelectField
          id="correct-which"
          label="Transfer to correct"
          error={action.fields.corrects}
          value={target}
          onChange={pick}
          options={transfers.map((t) => [t.id, `${date(t.date)}: ${num(t.amount)} ${unitWord(t.unit)}`] as const)}
        />
        <Field id="correct-date" label="Date" error={action.fields.date}>
          {(aria) => <input {...aria} type="date" value={when} onInput={(e) => setWhen(e.currentTarget.value)} />}
        </Field>
        <Field id="correct-amount" label={`Amount moved (${unitWord(exchange.quantity.unit)})`} error={action.fields.amount}>
          {(aria) => <input {...aria} type="number" step="any" min="0" value={amountValue} onInput={(e) => setAmount(e.currentTarget.value)} />}
        </Field>
        <Field id="correct-haul" label="Road distance hauled (km, optional)" error={action.fields.haulKm}>
          {(aria) => <input {...aria} type="number" step="any" min="0" value={haulKm} onInput={(e) => setHaulKm(e.currentTarget.value)} />}
        </Field>
        <Field id="correct-note" label="Why (optional)" hint="e.g. weighbridge ticket 4471 read 28.4 t" error={action.fields.note}>
          {(aria) => <input {...aria} value={note} onInput={(e) => setNote(e.currentTarget.value)} />}
        </Field>
        <button type="submit" disabled={action.busy}>
          Record the correction
        </button>
      </form>
    </details>
  );
}
