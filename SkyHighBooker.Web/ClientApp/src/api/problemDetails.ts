import type { ProblemDetails } from './types';

/** Reads a response body as RFC 9457 problem details; null when it is not one. */
export function parseProblemDetails(body: unknown): ProblemDetails | null {
  if (!isRecord(body)) return null;
  const { type, title, status, detail, errors } = body;
  const looksLikeProblem =
    typeof title === 'string' || typeof status === 'number' || typeof detail === 'string' || isRecord(errors);
  if (!looksLikeProblem) return null;

  return {
    type: typeof type === 'string' ? type : undefined,
    title: typeof title === 'string' ? title : undefined,
    status: typeof status === 'number' ? status : undefined,
    detail: typeof detail === 'string' ? detail : undefined,
    errors: readErrors(errors),
  };
}

export interface FieldMessages {
  /** Messages for the fields the page shows, keyed by the page's own field name. */
  byField: Record<string, string[]>;
  /** Messages whose key matches none of the page's fields. */
  unmatched: string[];
}

/**
 * Sorts the problem's per-field messages onto the fields a page shows. Keys match case-insensitively
 * ("From" and "from" are the same field), and a leading "$." from JSON-path style keys is ignored.
 */
export function messagesByField(problem: ProblemDetails | null, fieldNames: readonly string[]): FieldMessages {
  const byField: Record<string, string[]> = {};
  const unmatched: string[] = [];
  if (!problem) return { byField, unmatched };

  const fieldsByKey = new Map(fieldNames.map((name) => [normaliseKey(name), name]));
  for (const [key, messages] of Object.entries(problem.errors)) {
    const field = fieldsByKey.get(normaliseKey(key));
    if (field === undefined) {
      unmatched.push(...messages);
    } else {
      byField[field] = [...(byField[field] ?? []), ...messages];
    }
  }
  return { byField, unmatched };
}

function normaliseKey(key: string): string {
  return key.trim().replace(/^\$\./, '').toLowerCase();
}

function readErrors(errors: unknown): Record<string, string[]> {
  if (!isRecord(errors)) return {};
  const result: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(errors)) {
    const messages = (Array.isArray(value) ? value : [value]).filter(
      (m): m is string => typeof m === 'string' && m.trim() !== '',
    );
    if (messages.length > 0) result[key] = messages;
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
