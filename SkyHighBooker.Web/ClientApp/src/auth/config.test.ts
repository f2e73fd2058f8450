import { describe, expect, it, vi } from 'vitest';
import { loadClientConfig, parseClientConfig } from './config';

const local = {
  cognito: { endpoint: 'http://localhost:9229/', region: 'us-east-1', clientId: 'abc123', userPoolId: 'local_XYZ' },
};

describe('parseClientConfig', () => {
  it('reads the Cognito settings of a local emulator', () => {
    expect(parseClientConfig(local)).toEqual(local);
  });

  it('leaves the endpoint to the SDK when it is null (real AWS)', () => {
    const config = parseClientConfig({ cognito: { ...local.cognito, endpoint: null, region: 'eu-west-1' } });

    expect(config.cognito).toEqual({
      endpoint: null,
      region: 'eu-west-1',
      clientId: 'abc123',
      userPoolId: 'local_XYZ',
    });
  });

  it('defaults the region to us-east-1', () => {
    expect(parseClientConfig({ cognito: { clientId: 'abc123' } }).cognito?.region).toBe('us-east-1');
  });

  it.each([
    ['no client id', { cognito: { ...local.cognito, clientId: '' } }],
    ['a blank client id', { cognito: { ...local.cognito, clientId: '  ' } }],
    ['no cognito section', {}],
    ['not an object', 'nonsense'],
    ['null', null],
  ])('says sign-in is not configured when there is %s', (_, body) => {
    expect(parseClientConfig(body)).toEqual({ cognito: null });
  });

  it('ignores an endpoint that is not an http(s) URL', () => {
    const config = parseClientConfig({ cognito: { ...local.cognito, endpoint: 'javascript:alert(1)' } });

    expect(config.cognito?.endpoint).toBeNull();
  });
});

describe('loadClientConfig', () => {
  it('asks the host for /config.json without using a cached copy', async () => {
    const fetchConfig = vi.fn().mockResolvedValue(new Response(JSON.stringify(local), { status: 200 }));

    const config = await loadClientConfig(fetchConfig);

    expect(config).toEqual(local);
    expect(fetchConfig).toHaveBeenCalledWith('/config.json', expect.objectContaining({ cache: 'no-store' }));
  });

  it('fails when the host answers with an error', async () => {
    const fetchConfig = vi.fn().mockResolvedValue(new Response('', { status: 503 }));

    await expect(loadClientConfig(fetchConfig)).rejects.toThrow('503');
  });
});
