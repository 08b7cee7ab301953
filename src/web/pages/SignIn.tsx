import { useState } from 'preact/hooks';
import { post } from '../api.ts';
import { Field, ProblemSummary, useAction } from '../components/Form.tsx';
import type { Session } from '../types.ts';

export function SignIn({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();
  async function submit(e: Event) {
    e.preventDefault();
    const session = await action.run(() => post<Session>('/session', { email, password }));
    if (session) onSignedIn(session);
  }
  return (
    <main id="main" class="narrow">
      <h1>Sign in to Reuse Exchange</h1>
      <p>Find a use for your surplus materials, or feedstock for your process, near you.</p>
      <form onSubmit={submit} noValidate>
        <ProblemSummary error={action.error} />
        <Field id="email" label="Email address" error={action.fields.email}>
          {(aria) => (
            <input {...aria} type="email" autoComplete="username" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
          )}
        </Field>
        <Field id="password" label="Password" error={action.fields.password}>
          {(aria) => (
            <input
              {...aria}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={action.busy}>
          Sign in
        </button>
      </form>
      <p class="hint">New here? Ask your organisation's admin or the programme team for an invitation link.</p>
    </main>
  );
}
