// Queue workers deliver in the background: tests wait for the outcome, with a limit.
export async function waitFor(check: () => Promise<boolean>, { timeoutMs = 20_000, everyMs = 100 } = {}): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not so after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
