import type { PagedResult } from '../api';
import { vi } from 'vitest';

export type FakeAnswer = { status: number; body?: unknown } | Error;
export type FakeRoute = (url: string, init: RequestInit | undefined) => FakeAnswer | undefined;

/**
 * Stands in for the Api at the fetch boundary: each request goes to the first route that answers it;
 * anything else is a 404. Records every request as "METHOD url".
 */
export function fakeApi(...routes: FakeRoute[]) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    for (const route of routes) {
      const answer = route(url, init);
      if (answer === undefined) continue;
      if (answer instanceof Error) throw answer;
      return answer.body === undefined
        ? new Response(null, { status: answer.status })
        : new Response(JSON.stringify(answer.body), {
            status: answer.status,
            headers: { 'Content-Type': 'application/json' },
          });
    }
    return new Response(JSON.stringify({ title: 'Not Found', status: 404 }), { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    requests: () => fetchMock.mock.calls.map(([url, init]) => `${init?.method ?? 'GET'} ${url}`),
    bodyOf: (index: number) => JSON.parse(String(fetchMock.mock.calls[index]?.[1]?.body)) as unknown,
  };
}

/** Answers requests whose method and path (before any query) match. */
export function on(method: string, path: string, answer: FakeAnswer | ((url: string) => FakeAnswer)): FakeRoute {
  return (url, init) => {
    if ((init?.method ?? 'GET') !== method || url.split('?')[0] !== path) return undefined;
    return typeof answer === 'function' ? answer(url) : answer;
  };
}

/** The answers in turn, the last one repeating. */
export function inTurn(...answers: FakeAnswer[]): () => FakeAnswer {
  let next = 0;
  return () => answers[Math.min(next++, answers.length - 1)]!;
}

/** A list endpoint's answer: the first and only page of the items, unless told otherwise. */
export function pageOf<T>(items: T[], extra: Partial<PagedResult<T>> = {}): PagedResult<T> {
  return { items, page: 1, pageSize: 20, totalCount: items.length, totalPages: 1, ...extra };
}
