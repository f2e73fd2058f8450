import { parseProblemDetails } from './problemDetails';
import type { ProblemDetails } from './types';

/** A request to the Api that did not succeed: an error status (with problem details when given) or no answer at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails | null;

  constructor(status: number, problem: ProblemDetails | null, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** True when the server could not be reached (status 0). */
  get isNetworkFailure(): boolean {
    return this.status === 0;
  }
}

/** How requests to the Api are signed in; set by the auth provider, absent when nobody can sign in. */
export interface ApiAuthentication {
  /** The access token to send (refreshed when about to expire, or when `forceRefresh` asks); null when signed out. */
  getAccessToken(options?: { forceRefresh?: boolean }): Promise<string | null>;
  /** The Api still refused after a refresh: the session is over and the user has to sign in again. */
  onUnauthorized(): void;
}

let authentication: ApiAuthentication | null = null;

export function setApiAuthentication(value: ApiAuthentication | null): void {
  authentication = value;
}

/**
 * GETs JSON from the Api. When signed in, the access token goes along as a bearer token; a 401 gets one retry
 * with a freshly refreshed token, and a second 401 ends the session (the auth provider sends the user to sign in).
 */
export async function getJson<T>(path: string, query?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const search = query?.toString();
  const url = search ? `${path}?${search}` : path;
  const response = await request(url, { signal });
  return (await response.json()) as T;
}

/** GETs a file the Api makes (a CSV export) as text, signed in like getJson. */
export async function getText(path: string, signal?: AbortSignal): Promise<string> {
  const response = await request(path, { signal });
  return response.text();
}

export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Sends a write to the Api, with the body as JSON when there is one, signed in the same way as getJson.
 * Returns the JSON answer, or undefined for an answer without a body (204 No Content).
 */
export async function sendJson<T = undefined>(
  method: WriteMethod,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
  /** More headers, e.g. the Idempotency-Key some writes need. */
  headers?: Record<string, string>,
): Promise<T> {
  const response = await request(path, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
    headers,
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

interface ApiRequest {
  method?: WriteMethod;
  body?: string;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** Sends the request with the user's token (one retry after a 401) and throws ApiError for an error answer. */
async function request(url: string, init: ApiRequest): Promise<Response> {
  const auth = isSameOrigin(url) ? authentication : null;
  const token = await accessToken(auth, false);
  let response = await send(url, token, init);
  if (response.status === 401 && auth) {
    const fresh = await accessToken(auth, true);
    if (fresh) response = await send(url, fresh, init);
    if (response.status === 401) auth.onUnauthorized();
  }

  if (!response.ok) {
    const problem = parseProblemDetails(await readBody(response));
    throw new ApiError(response.status, problem, problem?.title ?? `Request failed with status ${response.status}.`);
  }
  return response;
}

async function send(url: string, token: string | null, { method, body, signal, headers: extra }: ApiRequest): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...extra };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await fetch(url, method ? { method, headers, body, signal } : { headers, signal });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(0, null, 'The server could not be reached.');
  }
}

async function accessToken(auth: ApiAuthentication | null, forceRefresh: boolean): Promise<string | null> {
  if (!auth) return null;
  try {
    return await auth.getAccessToken({ forceRefresh });
  } catch {
    return null;
  }
}

/** Tokens only go to our own Api: a relative path, never another site. */
function isSameOrigin(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\');
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

async function readBody(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}
