import { useEffect, useState } from 'preact/hooks';
import { api, get } from '../api.ts';
import { ProblemSummary, useAction } from '../components/Form.tsx';
import type { components } from '../api-types.ts';
import { eventLabel } from '../event-labels.ts';

type Preferences = components['schemas']['NotificationPreferences'];


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
            {eventLabel(item.type)}
          </label>
        ))}
      </fieldset>
      {prefs.officerTransfers !== null && (
        <label class="checkbox">
          <input type="checkbox" checked={prefs.officerTransfers} disabled={action.busy} onChange={(e) => save({ officerTransfers: e.currentTarget.checked })} />{' '}
          Tell our inbox, and e-mail me, of every transfer recorded in the programme, not only ours
        </label>
      )}
    </section>
  );
}
