import { describe, expect, it } from 'vitest';
import { migrateFile, originOf, parseScenarioFile, serializeScenarioFile } from './file';
import { canonicalJson, fingerprint } from './origin';
import { sampleScenario } from './sample';

describe('file origin', () => {
  it('is written with the scenario, revision and fingerprint, and read back', () => {
    const s = sampleScenario();
    const r = parseScenarioFile(serializeScenarioFile(s, '0.1.0', originOf(s, 7)));
    expect(r.ok && r.value.origin).toEqual({ scenarioId: s.id, revision: 7, name: s.name, fingerprint: fingerprint(s) });
  });

  it('reads an older file as one from its scenario, without a revision', () => {
    const s = sampleScenario();
    const old = { format: 'handlingsrom', version: 3, appVersion: '0.1.0', scenario: s };
    const r = parseScenarioFile(JSON.stringify(old));
    expect(r.ok && r.value.origin).toEqual({ scenarioId: s.id, name: s.name });
    expect(r.ok && r.value.version).toBe(3);
    // A migrated file stays as it is when migrated again.
    if (r.ok) expect(migrateFile(r.value)).toEqual(r.value);
  });

  it('refuses an origin that is not one', () => {
    const s = sampleScenario();
    const bad = { format: 'handlingsrom', version: 4, appVersion: '0.1.0', origin: { scenarioId: s.id, revision: -1 }, scenario: s };
    expect(parseScenarioFile(JSON.stringify(bad)).ok).toBe(false);
    const unknown = { ...bad, origin: { scenarioId: s.id, revision: 1, extra: true } };
    expect(parseScenarioFile(JSON.stringify(unknown)).ok).toBe(false);
  });

  it('fingerprints the content, not the order of its keys', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: null, c: 'x' }] })).toBe('{"a":[1,{"c":"x","d":null}],"b":1}');
    const s = sampleScenario();
    const reordered = Object.fromEntries(Object.entries(s).reverse());
    expect(fingerprint(reordered)).toBe(fingerprint(s));
    expect(fingerprint({ ...s, name: 'Annen' })).not.toBe(fingerprint(s));
    expect(fingerprint(s)).toMatch(/^[0-9a-f]{1,16}$/);
  });
});
