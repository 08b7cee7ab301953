import { useEffect, useState } from 'preact/hooks';
import { del, get, post } from '../api.ts';
import { Field, ProblemSummary, useAction } from '../components/Form.tsx';
import { useApp } from '../session.ts';
import { EmailPreferences } from './EmailPreferences.tsx';
import type { User } from '../types.ts';

function ChangePassword() {
  const { session } = useApp();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [done, setDone] = useState(false);
  const action = useAction();
  async function submit(e: Event) {
    e.preventDefault();
    setDone(false);
    if ((await action.run(() => post('/session/password', { currentPassword: current, newPassword: next }))) === null) {
      setCurrent('');
      setNext('');
      setDone(true);
    }
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="password-heading">
      <h2 id="password-heading">Change password</h2>
      <ProblemSummary error={action.error} />
      {done && (
        <p class="notice" role="status">
          Password changed; your other sessions have been signed out.
        </p>
      )}
      <input type="text" autoComplete="username" hidden readOnly value={session.user?.email ?? ''} />
      <Field id="current-password" label="Current password" error={action.fields.currentPassword}>
        {(aria) => <input {...aria} type="password" autoComplete="current-password" value={current} onInput={(e) => setCurrent(e.currentTarget.value)} />}
      </Field>
      <Field id="next-password" label="New password" hint="At least 12 characters." error={action.fields.newPassword}>
        {(aria) => <input {...aria} type="password" autoComplete="new-password" value={next} onInput={(e) => setNext(e.currentTarget.value)} />}
      </Field>
      <button type="submit" disabled={action.busy}>
        Change password
      </button>
    </form>
  );
}

function People({ organisationId, canInvite, me }: { organisationId: string; canInvite: boolean; me: string | undefined }) {
  const [people, setPeople] = useState<User[]>([]);
  const [email, setEmail] = useState('');
  const [orgAdmin, setOrgAdmin] = useState(false);
  const [link, setLink] = useState('');
  const action = useAction();
  const load = () => action.run(() => get<{ items: User[] }>(`/organisations/${organisationId}/users`)).then((r) => r && setPeople(r.items));
  useEffect(() => void load(), [organisationId]);
  async function remove(person: User) {
    if (!confirm(`Remove ${person.name} (${person.email})? They are signed out at once.`)) return;
    if ((await action.run(() => del(`/users/${person.id}`))) === null) await load();
  }
  async function submit(e: Event) {
    e.preventDefault();
    const made = await action.run(() => post<{ inviteUrl: string }>(`/organisations/${organisationId}/invites`, { email, orgAdmin }));
    if (made) {
      setLink(made.inviteUrl);
      setEmail('');
    }
  }
  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">People in your organisation</h2>
      <p class="hint">A forgotten password: remove the person and invite them again.</p>
      <ul>
        {people.map((p) => (
          <li key={p.id}>
            {p.name} ({p.email}){p.orgAdmin ? ', admin' : ''}{' '}
            {canInvite && p.id !== me && (
              <button type="button" class="link" onClick={() => remove(p)}>
                Remove<span class="visually-hidden"> {p.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {canInvite && (
        <form onSubmit={submit} noValidate aria-labelledby="invite-heading">
          <h3 id="invite-heading">Invite a colleague</h3>
          <ProblemSummary error={action.error} />
          <Field id="invite-email" label="Their email address" error={action.fields.email}>
            {(aria) => <input {...aria} type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />}
          </Field>
          <label class="inline">
            <input type="checkbox" checked={orgAdmin} onChange={(e) => setOrgAdmin(e.currentTarget.checked)} /> may invite others too
          </label>
          <button type="submit" disabled={action.busy}>
            Create invitation
          </button>
          {link && (
            <p class="notice" role="status">
              Send them this link (valid for 7 days; no email is sent): <code class="invite-link">{link}</code>
            </p>
          )}
        </form>
      )}
    </section>
  );
}

export function Account() {
  const { session } = useApp();
  return (
    <main id="main" class="narrow">
      <h1>Your account</h1>
      {session.user && (
        <p>
          {session.user.name} ({session.user.email}), {session.organisation?.name} ({session.role}).
        </p>
      )}
      {session.user && <ChangePassword />}
      {session.user && <EmailPreferences />}
      {session.organisation && (
        <section aria-labelledby="webhooks-heading">
          <h2 id="webhooks-heading">Webhooks</h2>
          <p>
            Send your organisation's events to your own systems as they happen: <a href="#/webhooks">manage webhooks</a>.
          </p>
        </section>
      )}
      {session.organisation && (
        <People organisationId={session.organisation.id} canInvite={Boolean(session.user?.orgAdmin)} me={session.user?.id} />
      )}
    </main>
  );
}
