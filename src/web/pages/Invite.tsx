import { useEffect, useState } from 'preact/hooks';
import { type ApiError, get, post } from '../api.ts';
import { Field, Loading, ProblemSummary, useAction } from '../components/Form.tsx';
import type { Session } from '../types.ts';

interface Preview {
  email: string;
  organisationName: string;
  orgAdmin: boolean;
  expiresAt: string;
}

export function AcceptInvite({ token, onSignedIn }: { token: string; onSignedIn: (s: Session) => void }) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [missing, setMissing] = useState<ApiError | null>(null);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();
  useEffect(() => {
    get<Preview>(`/invites/${encodeURIComponent(token)}`).then(setPreview, setMissing);
  }, [token]);
  async function submit(e: Event) {
    e.preventDefault();
    const session = await action.run(() => post<Session>(`/invites/${encodeURIComponent(token)}/accept`, { name, password }));
    if (session) onSignedIn(session);
  }
  if (missing)
    return (
      <main id="main" class="narrow">
        <h1>Invitation</h1>
        <ProblemSummary error={missing} />
        <p>
          <a href="#/sign-in">Sign in</a> if you already have an account.
        </p>
      </main>
    );
  if (!preview) return <Loading />;
  return (
    <main id="main" class="narrow">
      <h1>Join {preview.organisationName}</h1>
      <p>
        You were invited as <strong>{preview.email}</strong>
        {preview.orgAdmin ? ', as an admin who may invite colleagues' : ''}. Choose your name and a password.
      </p>
      <form onSubmit={submit} noValidate>
        <ProblemSummary error={action.error} />
        <Field id="name" label="Your name" error={action.fields.name}>
          {(aria) => <input {...aria} autoComplete="name" value={name} onInput={(e) => setName(e.currentTarget.value)} />}
        </Field>
        <Field id="new-password" label="Password" hint="At least 12 characters." error={action.fields.password}>
          {(aria) => (
            <input
              {...aria}
              type="password"
              autoComplete="new-password"
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={action.busy}>
          Create my account
        </button>
      </form>
    </main>
  );
}
