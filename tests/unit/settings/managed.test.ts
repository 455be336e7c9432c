import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANAGED_KEYS, parseManaged, readManaged } from '../../../lib/settings/managed';

describe('parseManaged', () => {
  it('accepts a complete, valid policy and canonicalises sites', () => {
    const { policy, problems } = parseManaged({
      sites: ['cases.example.gov.uk', 'https://*.crime.example.net/*'],
      sitesLocked: true,
      defaultRole: 'legal-adviser',
      allowedRoles: ['legal-adviser', 'trainer', 'trainer'],
      retentionDays: 365,
      caseRefStorage: 'hmac',
      sensitivity: 'match-only',
      trainingAllowed: false,
      language: 'en',
    });
    expect(problems).toEqual([]);
    expect(policy).toEqual({
      sites: ['https://cases.example.gov.uk/*', 'https://*.crime.example.net/*'],
      sitesLocked: true,
      defaultRole: 'legal-adviser',
      allowedRoles: ['legal-adviser', 'trainer'],
      retentionDays: 365,
      caseRefStorage: 'hmac',
      sensitivity: 'match-only',
      trainingAllowed: false,
      language: 'en',
    });
  });

  it('accepts lists delivered as JSON strings (Windows registry REG_SZ)', () => {
    const { policy, problems } = parseManaged({ sites: '["cases.example.gov.uk"]', allowedRoles: '["prosecutor"]' });
    expect(problems).toEqual([]);
    expect(policy).toEqual({ sites: ['https://cases.example.gov.uk/*'], allowedRoles: ['prosecutor'] });
  });

  it('ignores and reports each invalid value, keeping the valid ones', () => {
    const { policy, problems } = parseManaged({
      sites: ['cases.example.gov.uk', '<all_urls>', '*.gov.uk', 3],
      retentionDays: 10,
      caseRefStorage: 'plain',
      sensitivity: 'match-only',
      allowedRoles: [],
      defaultRole: 'judge',
      trainingAllowed: 'no',
      language: 'fr',
      sitesLocked: 1,
      surprise: true,
    });
    expect(policy).toEqual({ sites: ['https://cases.example.gov.uk/*'], sensitivity: 'match-only' });
    expect(problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'sites:invalid', 'sites:invalid', 'sites:invalid',
      'retentionDays:invalid', 'caseRefStorage:invalid', 'allowedRoles:invalid', 'defaultRole:invalid',
      'trainingAllowed:invalid', 'language:invalid', 'sitesLocked:invalid', 'surprise:unknownKey',
    ]);
  });

  it.each([[null], [undefined], [[1, 2]], ['policy'], [42]])('never throws on %s', (raw) => {
    expect(() => parseManaged(raw)).not.toThrow();
    expect(parseManaged(raw).policy).toEqual({});
  });
});

describe('readManaged', () => {
  it('treats a throwing managed area (no policy set) as an empty policy', async () => {
    const area = { get: async () => { throw new Error('Managed storage manifest not found'); } };
    expect(await readManaged(area)).toEqual({ policy: {}, problems: [] });
    expect(await readManaged(undefined)).toEqual({ policy: {}, problems: [] });
  });

  it('reads the whole managed area', async () => {
    const area = { get: async () => ({ retentionDays: 90 }) };
    expect((await readManaged(area)).policy).toEqual({ retentionDays: 90 });
  });
});

describe('public/managed-schema.json', () => {
  const schema = JSON.parse(readFileSync(join(process.cwd(), 'public', 'managed-schema.json'), 'utf8'));
  const allowed = new Set(['additionalProperties', 'description', 'enum', 'id', 'items', 'maximum', 'minimum', 'pattern', 'patternProperties', 'properties', '$ref', 'required', 'sensitiveValue', 'title', 'type']);

  it('declares exactly the keys the code reads', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_KEYS].sort());
  });

  it('uses only keywords Chrome supports, and exactly one type per schema', () => {
    const walk = (node: Record<string, unknown>, path: string) => {
      for (const key of Object.keys(node)) expect(allowed.has(key), `${path}.${key}`).toBe(true);
      expect(typeof node.type === 'string' || typeof node.$ref === 'string', path).toBe(true);
      if (node.properties) for (const [k, v] of Object.entries(node.properties)) walk(v as Record<string, unknown>, `${path}.${k}`);
      if (node.items) walk(node.items as Record<string, unknown>, `${path}[]`);
    };
    walk(schema, '$');
  });

  it('agrees with the code on ranges and choices', () => {
    const p = schema.properties;
    expect([p.retentionDays.minimum, p.retentionDays.maximum]).toEqual([30, 3650]);
    expect(parseManaged({ retentionDays: p.retentionDays.minimum - 1 }).problems).toHaveLength(1);
    for (const role of p.defaultRole.enum) expect(parseManaged({ defaultRole: role }).problems).toEqual([]);
    for (const v of p.caseRefStorage.enum) expect(parseManaged({ caseRefStorage: v }).problems).toEqual([]);
    for (const v of p.sensitivity.enum) expect(parseManaged({ sensitivity: v }).problems).toEqual([]);
    for (const v of p.language.enum) expect(parseManaged({ language: v }).problems).toEqual([]);
  });
});
