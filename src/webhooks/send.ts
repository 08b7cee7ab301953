// One HTTP attempt at a receiver, connected only to an address that was checked. Node resolves
// the name through our `lookup`, which refuses non-public addresses, and connects to exactly the
// addresses it returns: there is no second resolution for a rebinding DNS server to answer
// differently. Redirects are not followed (a 3xx is a failed attempt), so a public URL cannot
// bounce the request to a private one. The whole attempt, body included, is bounded by a timeout.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isNonPublicAddress } from './address-policy.ts';

export interface SendOptions {
  timeoutMs: number;
  allowPrivate: boolean;
}

export type SendResult = { statusCode: number; error?: undefined } | { statusCode?: undefined; error: string };

export class ForbiddenAddress extends Error {
  override name = 'ForbiddenAddress';
  readonly code = 'EFORBIDDENADDRESS';
}

/** Resolves a name to every address it has and refuses it if any is not public (unless allowed). */
export function checkedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const refused = allowPrivate ? undefined : addresses.find((a) => isNonPublicAddress(a.address));
      if (refused) return callback(new ForbiddenAddress(`${hostname} resolves to ${refused.address}, which is not a public address`), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new ForbiddenAddress(`${hostname} has no address`), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

/** Resolves a URL's host as a connection would, for the check when a webhook is created. */
export async function checkHostReachable(url: URL, allowPrivate: boolean): Promise<string | null> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return !allowPrivate && isNonPublicAddress(host) ? `${host} is not a public address` : null;
  return new Promise((resolve) => {
    checkedLookup(allowPrivate)(host, { all: true }, (err) => {
      if (!err) return resolve(null);
      resolve(err instanceof ForbiddenAddress ? err.message : `${host} could not be resolved`);
    });
  });
}

const agentOptions = { keepAlive: true, maxSockets: 32, maxFreeSockets: 8, scheduling: 'lifo' as const };
const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };

export function postWebhook(
  target: string,
  headers: Record<string, string>,
  body: string,
  { timeoutMs, allowPrivate }: SendOptions,
): Promise<SendResult> {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return Promise.resolve({ error: 'invalid URL' });
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An address written in the URL is never looked up, so it is checked here.
  if (isIP(host) && !allowPrivate && isNonPublicAddress(host))
    return Promise.resolve({ error: `${host} is not a public address` });
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: SendResult) => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    const request = client.request(url, {
      method: 'POST',
      agent: url.protocol === 'https:' ? agents.https : agents.http,
      lookup: checkedLookup(allowPrivate),
      headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'ReuseExchange-Webhooks/1' },
    });
    // One deadline for connect, request and response together: a slow receiver cannot hold a worker.
    const deadline = setTimeout(() => {
      finish({ error: `no complete answer within ${timeoutMs} ms` });
      request.destroy(new Error('timeout'));
    }, timeoutMs);
    request.on('response', (response) => {
      response.on('data', () => {}); // read and drop: only the status counts
      response.on('end', () => {
        clearTimeout(deadline);
        finish({ statusCode: response.statusCode ?? 0 });
      });
      response.on('error', () => {});
      response.on('close', () => {
        clearTimeout(deadline);
        finish({ statusCode: response.statusCode ?? 0 });
      });
    });
    request.on('error', (err) => {
      clearTimeout(deadline);
      finish({ error: err instanceof ForbiddenAddress ? err.message : `${(err as NodeJS.ErrnoException).code ?? 'error'}: ${err.message}` });
    });
    request.end(body);
  });
}

/** Closes idle keep-alive connections (when the service stops). */
export function closeWebhookAgents(): void {
  agents.http.destroy();
  agents.https.destroy();
}
