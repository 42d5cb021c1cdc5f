import { createHubClient, type HubClient } from './client';

export interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

export type Handler = (request: Recorded, call: number) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problem(status: number, detail: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Problem', status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** A client whose fetch is a handler at the network edge; every request is recorded. */
export function stubClient(handler: Handler): { client: HubClient; requests: Recorded[] } {
  const requests: Recorded[] = [];
  const client = createHubClient({
    baseUrl: 'https://hub.test',
    token: () => Promise.resolve('token'),
    fetch: async (request) => {
      const text = await request.text();
      const recorded: Recorded = {
        method: request.method,
        url: new URL(request.url),
        headers: request.headers,
        body: text ? (JSON.parse(text) as unknown) : undefined,
      };
      requests.push(recorded);
      return handler(recorded, requests.length);
    },
  });
  return { client, requests };
}
