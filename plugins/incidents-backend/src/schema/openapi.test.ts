import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { INCIDENTS_REFUSAL_CODES } from '@incident-response/backstage-plugin-incidents-common';
import { parse } from 'yaml';
import { spec } from './openapi/generated/router';

describe('the generated router', () => {
  it('embeds the current openapi.yaml (run `npm run generate` after editing it)', () => {
    const yaml = parse(
      readFileSync(resolve(__dirname, 'openapi.yaml'), 'utf8'),
    );
    expect(spec).toEqual(yaml);
  });

  it('names every refusal code of the shared vocabulary, and only those', () => {
    expect([...spec.components.schemas.RefusalCode.enum].sort()).toEqual(
      [...INCIDENTS_REFUSAL_CODES].sort(),
    );
  });
});
