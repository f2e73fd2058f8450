import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import openapi from './openapi.json';
import committedSchema from './schema.d.ts?raw';

describe('schema.d.ts', () => {
  it('is what openapi-typescript generates from openapi.json (run `npm run api:types` after the Api changes)', async () => {
    const generated = COMMENT_HEADER + astToString(await openapiTS(JSON.stringify(openapi)));

    expect(generated).toBe(committedSchema);
  });
});
