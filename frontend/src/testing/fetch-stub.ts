import { vi } from 'vitest';

/** A request as the API would have received it. */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

interface HandlerContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
  body: unknown;
}

type Handler = (context: HandlerContext) => Response | Promise<Response>;

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

function compile(key: string, handler: Handler): Route {
  const [method = '', path = ''] = key.split(' ');
  const names: string[] = [];
  const source = path.replace(/:(\w+)/g, (_match, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { method, pattern: new RegExp(`^${source}$`), names, handler };
}

/**
 * Replaces fetch, the network edge, with handlers keyed "METHOD /path/:param". Everything above
 * (openapi-fetch, middleware, TanStack Query) runs for real. Unknown routes answer 404 problem.
 */
export function stubApi(handlers: Record<string, Handler>) {
  const routes = Object.entries(handlers).map(([key, handler]) => compile(key, handler));
  const requests: RecordedRequest[] = [];

  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    // Like a browser, resolve relative URLs (such as /config.json) against the page.
    const request =
      input instanceof Request
        ? input
        : new Request(
            new URL(input instanceof URL ? input.href : input, window.location.href),
            init,
          );
    const url = new URL(request.url);
    const text = await request.clone().text();
    // JSON bodies are parsed; anything else (a CSV upload) is kept as the text sent.
    const isJson = (request.headers.get('Content-Type') ?? '').includes('json');
    const body: unknown = text ? (isJson ? JSON.parse(text) : text) : undefined;
    requests.push({ method: request.method, url, headers: request.headers, body });
    for (const route of routes) {
      const match = route.method === request.method ? route.pattern.exec(url.pathname) : null;
      if (match) {
        const params = Object.fromEntries(
          route.names.map((name, index) => [name, match[index + 1] ?? '']),
        );
        return route.handler({ request, url, params, body });
      }
    }
    return problem(404, {
      title: 'Not Found',
      detail: `No stub for ${request.method} ${url.pathname}`,
    });
  });
  vi.stubGlobal('fetch', fetchStub);

  return {
    requests,
    /** The requests to a method and path (without query). */
    calls(method: string, path: string) {
      return requests.filter(
        (request) => request.method === method && request.url.pathname === path,
      );
    },
  };
}

export function json(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
) {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
}

export function problem(status: number, body: Record<string, unknown>) {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export function noContent() {
  return new Response(null, { status: 204 });
}
