import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, getJson, sendJson, setApiAuthentication, type ApiAuthentication } from './http';

function respond(status: number, body: unknown) {
  return vi.fn().mockResolvedValue(
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  setApiAuthentication(null);
});

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

describe('getJson when signed in', () => {
  function signedIn(tokens: (string | null)[]): ApiAuthentication & { onUnauthorized: ReturnType<typeof vi.fn> } {
    const getAccessToken = vi.fn(async () => (tokens.length > 1 ? tokens.shift()! : tokens[0]!));
    const auth = { getAccessToken, onUnauthorized: vi.fn() };
    setApiAuthentication(auth);
    return auth;
  }

  function authorizationOf(call: unknown[]): string | undefined {
    return ((call[1] as RequestInit).headers as Record<string, string>).Authorization;
  }

  it('sends the access token as a bearer token', async () => {
    signedIn(['access-1']);
    const fetchMock = respond(200, { id: 'me' });
    vi.stubGlobal('fetch', fetchMock);

    await getJson('/api/me');

    expect(authorizationOf(fetchMock.mock.calls[0]!)).toBe('Bearer access-1');
  });

  it('sends no Authorization header when signed out', async () => {
    signedIn([null]);
    const fetchMock = respond(200, []);
    vi.stubGlobal('fetch', fetchMock);

    await getJson('/api/airports');

    expect(authorizationOf(fetchMock.mock.calls[0]!)).toBeUndefined();
  });

  it('retries a 401 once with a refreshed token', async () => {
    const auth = signedIn(['stale', 'fresh']);
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(new Response('', { status: 401 }))
      .mockResolvedValueOnce(new Response(JSON.stringify({ id: 'me' }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);

    const body = await getJson('/api/me');

    expect(body).toEqual({ id: 'me' });
    expect(auth.getAccessToken).toHaveBeenLastCalledWith({ forceRefresh: true });
    expect(fetchMock.mock.calls.map(authorizationOf)).toEqual(['Bearer stale', 'Bearer fresh']);
    expect(auth.onUnauthorized).not.toHaveBeenCalled();
  });

  it('ends the session when the Api refuses the refreshed token too', async () => {
    const auth = signedIn(['stale', 'fresh']);
    const fetchMock = vi.fn(async () => new Response('', { status: 401 }));
    vi.stubGlobal('fetch', fetchMock);

    const error = (await getJson('/api/me').catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(401);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(auth.onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('sends a signed-out user to sign in when the Api needs them to be', async () => {
    const auth = signedIn([null]);
    const fetchMock = vi.fn(async () => new Response('', { status: 401 }));
    vi.stubGlobal('fetch', fetchMock);

    await getJson('/api/me').catch(() => undefined);

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(auth.onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('never sends the token to another site', async () => {
    const auth = signedIn(['access-1']);
    const fetchMock = respond(200, {});
    vi.stubGlobal('fetch', fetchMock);

    await getJson('https://elsewhere.example/api');

    expect(auth.getAccessToken).not.toHaveBeenCalled();
    expect(authorizationOf(fetchMock.mock.calls[0]!)).toBeUndefined();
  });
});

describe('sendJson', () => {
  it('sends the body as JSON with the method and returns the answer', async () => {
    const fetchMock = respond(201, { id: 'f1' });
    vi.stubGlobal('fetch', fetchMock);

    const body = await sendJson('POST', '/api/admin/flights', { flightNumber: 'SH1' });

    expect(body).toEqual({ id: 'f1' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/admin/flights');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"flightNumber":"SH1"}');
    expect(init.headers['Content-Type']).toBe('application/json');
  });

  it('returns nothing for 204 No Content', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(null, { status: 204 })));

    expect(await sendJson('DELETE', '/api/admin/flights/f1')).toBeUndefined();
  });

  it('throws the problem details of a refused write', async () => {
    vi.stubGlobal('fetch', respond(409, { title: 'Conflict', status: 409, errors: { flightNumber: ['Taken.'] } }));

    const error = await sendJson('PUT', '/api/admin/flights/f1', {}).catch((e: unknown) => e);

    expect((error as ApiError).status).toBe(409);
    expect((error as ApiError).problem?.errors).toEqual({ flightNumber: ['Taken.'] });
  });
});
