import { useEffect, useState } from 'preact/hooks';
import { api, get } from '../api.ts';
import { ProblemSummary, useAction } from '../components/Form.tsx';
import type { components } from '../api-types.ts';

type Preferences = components['schemas']['NotificationPreferences'];

const LABELS: Record<string, string> = {
  'match.found': 'A new match for one of our listings',
  'saved-search.matched': 'A saved search found a listing',
  'exchange.proposed': 'An exchange is proposed',
  'exchange.countered': 'New terms are proposed on an exchange',
  'exchange.accepted': 'An exchange is accepted',
  'exchange.declined': 'An exchange is declined',
  'exchange.cancelled': 'An exchange is cancelled',
  'exchange.completed': 'An exchange is completed',
  'exchange.message': 'A message on an exchange',
  'transfer.recorded': 'A transfer is recorded',
  'listing.expiring': 'A listing expires in 7 days',
  'listing.expired': 'A listing has expired',
  'webhook.disabled': 'A webhook was switched off for failing',
};

/** Which events the person is e-mailed about; each change is saved at once. */
export function EmailPreferences() {
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const action = useAction();
  useEffect(() => {
    get<Preferences>('/users/me/preferences').then(setPrefs, () => setPrefs(null));
  }, []);
  async function save(body: object) {
    const next = await action.run(() => api<Preferences>('PATCH', '/users/me/preferences', body));
    if (next) setPrefs(next);
  }
  if (!prefs) return null;
  return (
    <section aria-labelledby="email-heading">
      <h2 id="email-heading">E-mail</h2>
      <p>Everything reaches your inbox; choose what is also e-mailed to you.</p>
      <ProblemSummary error={action.error} />
      <fieldset>
        <legend>E-mail me when</legend>
        {prefs.items.map((item) => (
          <label key={item.type} class="checkbox">
            <input type="checkbox" checked={item.email} disabled={action.busy} onChange={(e) => save({ email: { [item.type]: e.currentTarget.checked } })} />{' '}
            {LABELS[item.type] ?? item.type}
          </label>
        ))}
      </fieldset>
      {prefs.officerTransfers !== null && (
        <label class="checkbox">
          <input type="checkbox" checked={prefs.officerTransfers} disabled={action.busy} onChange={(e) => save({ officerTransfers: e.currentTarget.checked })} />{' '}
          Also e-mail me every transfer recorded in the programme, not only ours
        </label>
      )}
    </section>
  );
}
