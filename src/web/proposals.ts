// Proposing an exchange from a list of matches: one proposal per match, however often it is
// clicked. Each match keeps one Idempotency-Key across retries, so a retry after a lost answer
// is answered with the exchange already made; the in-flight set stops a second click that lands
// before the button has re-rendered as disabled.
import { useRef, useState } from 'preact/hooks';
import type { ProposalState } from './components/MatchTable.tsx';

export function useProposals() {
  const [state, setState] = useState<ProposalState>({});
  const keys = useRef(new Map<string, string>());
  const inFlight = useRef(new Set<string>());

  /** Sends the proposal for the match `target` once at a time with its key; its result, or undefined. */
  async function propose<T>(target: string, send: (key: string) => Promise<T | undefined>): Promise<T | undefined> {
    if (inFlight.current.has(target)) return undefined;
    inFlight.current.add(target);
    const key = keys.current.get(target) ?? crypto.randomUUID();
    keys.current.set(target, key);
    setState((s) => ({ ...s, [target]: 'proposing' }));
    const made = await send(key);
    if (made) {
      // Left in flight: the button stays disabled, and the match is not proposed twice.
      setState((s) => ({ ...s, [target]: 'proposed' }));
    } else {
      inFlight.current.delete(target);
      setState(({ [target]: _, ...rest }) => rest);
    }
    return made;
  }

  /** Forgets every proposal, for a new list of matches. */
  function reset() {
    keys.current.clear();
    inFlight.current.clear();
    setState({});
  }

  return { state, propose, reset };
}
