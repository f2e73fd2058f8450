/** Where the browser finds Amazon Cognito: the user pool and the app client it signs in with. */
export interface CognitoSettings {
  /** The Cognito API endpoint (cognito-local); null for real AWS, where the SDK derives it from the region. */
  endpoint: string | null;
  region: string;
  clientId: string;
  userPoolId: string;
}

/** The app's run-time configuration, from the Web host's GET /config.json. */
export interface ClientConfig {
  /** Null when sign-in is not configured (no app client): the app still searches flights. */
  cognito: CognitoSettings | null;
}

export const defaultRegion = 'us-east-1';

/** Reads GET /config.json. Throws when the host cannot be reached or answers with something else. */
export async function loadClientConfig(fetchConfig: typeof fetch = fetch): Promise<ClientConfig> {
  const response = await fetchConfig('/config.json', { headers: { Accept: 'application/json' }, cache: 'no-store' });
  if (!response.ok) throw new Error(`GET /config.json answered ${response.status}.`);
  return parseClientConfig(await response.json());
}

/** Checks the shape of /config.json; anything missing or malformed in the Cognito part means "not configured". */
export function parseClientConfig(body: unknown): ClientConfig {
  const cognito = isRecord(body) && isRecord(body.cognito) ? body.cognito : null;
  const clientId = text(cognito?.clientId);
  if (!cognito || !clientId) return { cognito: null };

  return {
    cognito: {
      endpoint: httpUrl(cognito.endpoint),
      region: text(cognito.region) ?? defaultRegion,
      clientId,
      userPoolId: text(cognito.userPoolId) ?? '',
    },
  };
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function httpUrl(value: unknown): string | null {
  const candidate = text(value);
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? candidate : null;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
