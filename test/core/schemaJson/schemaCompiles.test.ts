import { describe, expect, it } from 'vitest';
import { schemaJson, validatorFor } from './schemaValidator';

/** Every object-shaped subschema with `properties`, and the JSON pointer to it. */
function propertyOwners(node: unknown, pointer: string, out: [string, Record<string, unknown>][]): void {
  if (Array.isArray(node)) {
    for (const [index, child] of node.entries()) propertyOwners(child, `${pointer}/${index}`, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.properties !== undefined && pointer.split('/').at(-2) !== 'properties') {
    out.push([pointer, record.properties as Record<string, unknown>]);
  }
  for (const [key, child] of Object.entries(record)) propertyOwners(child, `${pointer}/${key}`, out);
}

describe('schema.json', () => {
  it('is JSON Schema 2020-12 with an $id', () => {
    expect(schemaJson.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schemaJson.$id).toBe('https://faultline.dev/schema.json');
  });

  it('compiles in Ajv strict mode, top level and every $def', () => {
    expect(() => validatorFor()).not.toThrow();
    for (const name of Object.keys(schemaJson.$defs)) expect(() => validatorFor(name), name).not.toThrow();
  });

  it('offers every input shape and the canonical model at the top level', () => {
    const refs = JSON.stringify(schemaJson.anyOf);
    for (const name of ['SentryEvent', 'SentryApiEvent', 'SentryApiIssue', 'SentryWebhook', 'FaultlineEvent', 'FaultlineIssue']) {
      expect(refs).toContain(`#/$defs/${name}"`);
    }
  });

  it('describes every $def and every property', () => {
    const undocumented: string[] = [];
    for (const [name, def] of Object.entries(schemaJson.$defs)) {
      if (typeof def.description !== 'string' || def.description === '') undocumented.push(name);
    }
    const owners: [string, Record<string, unknown>][] = [];
    propertyOwners(schemaJson.$defs, '#/$defs', owners);
    // `if` clauses only test a value; they declare nothing.
    for (const [pointer, properties] of owners.filter(([pointer]) => !pointer.endsWith('/if'))) {
      for (const [key, property] of Object.entries(properties)) {
        const description = (property as { description?: unknown }).description;
        if (typeof description !== 'string' || description === '') undocumented.push(`${pointer}/properties/${key}`);
      }
    }
    expect(owners.length).toBeGreaterThan(50);
    expect(undocumented).toEqual([]);
  });
});
