import { useEffect, useState } from 'preact/hooks';
import { get, post } from '../api.ts';
import type { ExchangeAdditionality as Additionality } from '../types.ts';
import { Field, ProblemSummary, SelectField, useAction } from './Form.tsx';

/**
 * A party's answer, once an exchange is completed: would it have happened without the
 * programme? Reports take it off the programme's claim (docs/evidence.md).
 */
export function AdditionalityForm({ exchangeId, side }: { exchangeId: string; side: 'offer' | 'want' }) {
  const [current, setCurrent] = useState<Additionality | null>(null);
  const [answer, setAnswer] = useState('no');
  const [share, setShare] = useState('');
  const action = useAction();
  useEffect(() => {
    void action.run(async () => setCurrent(await get<Additionality>(`/exchanges/${exchangeId}/additionality`)));
  }, [exchangeId]);
  const mine = current?.[side];
  async function submit(e: Event) {
    e.preventDefault();
    const body = { wouldHaveHappened: answer, ...(answer === 'partly' ? { share: share === '' ? undefined : Number(share) / 100 } : {}) };
    const saved = await action.run(() => post<Additionality>(`/exchanges/${exchangeId}/additionality`, body));
    if (saved) setCurrent(saved);
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="additionality-heading">
      <h3 id="additionality-heading">Would this exchange have happened without the programme?</h3>
      {mine && (
        <p>
          Your answer: <strong>{mine.wouldHaveHappened}</strong>
          {mine.wouldHaveHappened === 'partly' ? ` (${Math.round(mine.share * 100)}% would have happened anyway)` : ''}. You may change it.
        </p>
      )}
      <ProblemSummary error={action.error} />
      <SelectField
        id="additionality-answer"
        label="Your answer"
        value={answer}
        onChange={setAnswer}
        error={action.fields.wouldHaveHappened}
        options={[
          ['no', 'No: it would not have happened'],
          ['partly', 'Partly: some of it would have'],
          ['yes', 'Yes: it would have happened anyway'],
        ]}
      />
      {answer === 'partly' && (
        <Field id="additionality-share" label="How much would have happened anyway (%)" error={action.fields.share}>
          {(aria) => <input {...aria} type="number" min="1" max="99" step="any" value={share} onInput={(e) => setShare(e.currentTarget.value)} />}
        </Field>
      )}
      <button type="submit" disabled={action.busy}>
        Save answer
      </button>
    </form>
  );
}
