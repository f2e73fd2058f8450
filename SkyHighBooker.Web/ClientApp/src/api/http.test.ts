import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, getJson } from './http';

function respond(status: number, body: unknown) {
  return vi.fn().mockResolvedValue(
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
    }),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('getJson', () => {
  it('asks for JSON at the path with the query and returns the body', async () => {
    const fetchMock = respond(200, [{ code: 'JFK' }]);
    vi.stubGlobal('fetch', fetchMock);

    const body = await getJson('/api/airports', new URLSearchParams({ q: 'new york', limit: '8' }));

    expect(body).toEqual([{ code: 'JFK' }]);
    expect(fetchMock).toHaveBeenCalledWith('/api/airports?q=new+york&limit=8', expect.anything());
  });

  it('throws the problem details of an error answer', async () => {
    vi.stubGlobal('fetch', respond(400, { title: 'Invalid search', status: 400, errors: { from: ['Required.'] } }));

    const error = await getJson('/api/flights').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).problem?.errors).toEqual({ from: ['Required.'] });
    expect((error as ApiError).message).toBe('Invalid search');
  });

  it('throws without problem details when the error body is not one', async () => {
    vi.stubGlobal('fetch', respond(502, '<html>Bad gateway</html>'));

    const error = (await getJson('/api/flights').catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(502);
    expect(error.problem).toBeNull();
  });

  it('reports an unreachable server as a network failure', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    const error = (await getJson('/api/flights').catch((e: unknown) => e)) as ApiError;

    expect(error.isNetworkFailure).toBe(true);
  });

  it('lets an abort through unchanged', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new DOMException('Aborted', 'AbortError')));

    const error = await getJson('/api/flights').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DOMException);
  });
});
