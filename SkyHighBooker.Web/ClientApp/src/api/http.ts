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

export async function getJson<T>(path: string, query?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const search = query?.toString();
  const url = search ? `${path}?${search}` : path;

  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(0, null, 'The server could not be reached.');
  }

  if (!response.ok) {
    const problem = parseProblemDetails(await readBody(response));
    throw new ApiError(response.status, problem, problem?.title ?? `Request failed with status ${response.status}.`);
  }
  return (await response.json()) as T;
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
