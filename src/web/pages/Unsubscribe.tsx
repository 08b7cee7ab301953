import { useState } from 'preact/hooks';
import { post } from '../api.ts';
import { ProblemSummary, useAction } from '../components/Form.tsx';

// Reached from the link in an e-mail, signed in or not. It asks before acting, so a mail
// scanner that opens every link turns nothing off.
export function Unsubscribe({ token }: { token: string }) {
  const action = useAction();
  const [done, setDone] = useState<{ type: string } | null>(null);
  async function confirm(e: Event) {
    e.preventDefault();
    const result = await action.run(() => post<{ type: string }>(`/unsubscribe?token=${encodeURIComponent(token)}`));
    if (result) setDone(result);
  }
  return (
    <main id="main" class="narrow">
      <h1>Stop these e-mails</h1>
      {done ? (
        <p role="status">
          You will no longer be e-mailed about “{done.type}”. Your inbox still shows it; turn e-mail back on from the Account page.
        </p>
      ) : (
        <form onSubmit={confirm}>
          <ProblemSummary error={action.error} />
          <p>Stop e-mails of this kind to you? Nothing else changes.</p>
          <button type="submit">Stop these e-mails</button>
        </form>
      )}
    </main>
  );
}
