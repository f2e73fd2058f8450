import { vi } from 'vitest';

type Handler = (init: RequestInit | undefined, url: string) => Response | Promise<Response>;

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** A fake `fetch` answering by "METHOD path" (query left out), in order for repeated calls to the same route. */
export function fakeFetch(routes: Record<string, Handler | Handler[]>) {
  const queues = new Map(Object.entries(routes).map(([k, v]) => [k, Array.isArray(v) ? [...v] : [v]]));
  return vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    const key = `${init?.method ?? 'GET'} ${url.split('?')[0]}`;
    const queue = queues.get(key);
    if (!queue || queue.length === 0) throw new Error(`Unexpected request ${key}`);
    const handler = queue.length > 1 ? queue.shift()! : queue[0]!;
    return handler(init, url);
  });
}
