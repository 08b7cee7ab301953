import { useEffect, useState } from 'preact/hooks';
import { get, post } from '../api.ts';
import { Field, Loading, ProblemSummary, useAction } from '../components/Form.tsx';
import { date } from '../format.ts';
import type { Organisation } from '../types.ts';

/** An invitation for one person to a firm: the link to send them (no email is sent). */
function InvitePerson({ firm }: { firm: Organisation }) {
  const [email, setEmail] = useState(firm.contactEmail);
  const [link, setLink] = useState('');
  const action = useAction();
  async function submit(e: Event) {
    e.preventDefault();
    const made = await action.run(() => post<{ inviteUrl: string }>(`/organisations/${firm.id}/invites`, { email, orgAdmin: true }));
    if (made) setLink(made.inviteUrl);
  }
  return (
    <form onSubmit={submit} noValidate aria-label={`Invite a person to ${firm.name}`}>
      <ProblemSummary error={action.error} />
      <Field id={`invite-${firm.id}`} label={`Email of the person at ${firm.name}`} error={action.fields.email}>
        {(aria) => <input {...aria} type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />}
      </Field>
      <button type="submit" disabled={action.busy}>
        Create invitation
      </button>
      {link && (
        <p class="notice" role="status">
          Send them this link (valid for 7 days; no email is sent). They may then invite their colleagues:{' '}
          <code class="invite-link">{link}</code>
        </p>
      )}
    </form>
  );
}

/** Officers bring firms into the programme and invite their first person, without the API. */
export function Firms() {
  const [firms, setFirms] = useState<Organisation[] | null>(null);
  const [name, setName] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [contactName, setContactName] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const [inviting, setInviting] = useState<string | null>(null);
  const action = useAction();
  const load = () => action.run(() => get<{ items: Organisation[] }>('/organisations')).then((r) => r && setFirms(r.items.filter((o) => o.role === 'member')));
  useEffect(() => void load(), []);

  async function submit(e: Event) {
    e.preventDefault();
    const body = {
      name,
      role: 'member',
      contactEmail,
      ...(contactName.trim() ? { contactName } : {}),
      ...(contactPhone.trim() ? { contactPhone } : {}),
    };
    const made = await action.run(() => post<Organisation>('/organisations', body, crypto.randomUUID()));
    if (made) {
      setName('');
      setContactEmail('');
      setContactName('');
      setContactPhone('');
      await load();
      setInviting(made.id);
    }
  }

  return (
    <main id="main">
      <h1>Firms</h1>
      <p>The firms in the programme. Add one, then invite its first person: they can invite their colleagues.</p>
      <div class="split">
        <form onSubmit={submit} noValidate aria-labelledby="add-firm-heading">
          <h2 id="add-firm-heading">Add a firm</h2>
          <ProblemSummary error={action.error} />
          <Field id="firm-name" label="Firm name" error={action.fields.name}>
            {(aria) => <input {...aria} autoComplete="organization" value={name} onInput={(e) => setName(e.currentTarget.value)} />}
          </Field>
          <Field id="firm-email" label="Contact email" error={action.fields.contactEmail}>
            {(aria) => <input {...aria} type="email" value={contactEmail} onInput={(e) => setContactEmail(e.currentTarget.value)} />}
          </Field>
          <Field id="firm-contact" label="Contact name (optional)" error={action.fields.contactName}>
            {(aria) => <input {...aria} value={contactName} onInput={(e) => setContactName(e.currentTarget.value)} />}
          </Field>
          <Field id="firm-phone" label="Contact phone (optional)" error={action.fields.contactPhone}>
            {(aria) => <input {...aria} type="tel" value={contactPhone} onInput={(e) => setContactPhone(e.currentTarget.value)} />}
          </Field>
          <button type="submit" disabled={action.busy}>
            Add firm
          </button>
        </form>
        <section aria-labelledby="firms-heading">
          <h2 id="firms-heading">Firms in the programme</h2>
          {firms === null ? (
            <Loading />
          ) : firms.length === 0 ? (
            <p>None yet.</p>
          ) : (
            <ul class="cards">
              {firms.map((f) => (
                <li key={f.id} class="card">
                  <strong>{f.name}</strong>
                  <span>
                    {f.contactName ? `${f.contactName}, ` : ''}
                    {f.contactEmail}
                    {f.contactPhone ? `, ${f.contactPhone}` : ''}
                  </span>
                  <span class="hint">added {date(f.createdAt)}</span>
                  {inviting === f.id ? (
                    <InvitePerson firm={f} />
                  ) : (
                    <button type="button" class="link" onClick={() => setInviting(f.id)}>
                      Invite a person<span class="visually-hidden"> to {f.name}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </main>
  );
}
