import { describe, expect, it } from 'vitest';
import { describeModelIssues } from './issues';
import { FILE_VERSION, parseScenarioFile, serializeScenarioFile } from './file';
import { sampleScenario } from './sample';

function messages(input: unknown, lang: 'nb' | 'en' = 'nb'): string[] {
  const r = parseScenarioFile(input);
  return r.ok ? [] : describeModelIssues(r.issues, lang, r.input);
}

describe('scenario file', () => {
  it('writes and reads back the same scenario', () => {
    const text = serializeScenarioFile(sampleScenario(), '0.1.0');
    const r = parseScenarioFile(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.format).toBe('handlingsrom');
      expect(r.value.version).toBe(FILE_VERSION);
      expect(r.value.scenario).toEqual(sampleScenario());
    }
  });

  it('says so when the text is not JSON', () => {
    expect(messages('{ "format": ')[0]).toMatch(/^dokumentet: Filen er ikke gyldig JSON \(/);
  });

  it('says so when the file is not a Handlingsrom file', () => {
    expect(messages('[1,2]')).toEqual(['dokumentet: Filen er ikke en Handlingsrom-fil (feltet format er ikke «handlingsrom»).']);
    expect(messages({ format: 'excel' })).toEqual(messages('[1,2]'));
  });

  it('says that a file from a newer version needs a newer app, before looking at its contents', () => {
    const file = { format: 'handlingsrom', version: FILE_VERSION + 1, appVersion: '9.0.0', scenario: { anything: true } };
    expect(messages(JSON.stringify(file))).toEqual([
      `dokumentet: Filen er laget av en nyere versjon av Handlingsrom (filformat ${FILE_VERSION + 1}, programversjon 9.0.0). Denne versjonen leser filformat til og med ${FILE_VERSION}; oppdater programmet for å åpne filen.`,
    ]);
    expect(messages(file, 'en')[0]).toMatch(/newer version of Handlingsrom/);
  });

  it('names problems inside the scenario with their path', () => {
    const s = sampleScenario() as unknown as Record<string, unknown>;
    s.years = 'fire';
    expect(messages({ format: 'handlingsrom', version: 1, appVersion: '0.1.0', scenario: s })).toEqual(['scenario.antall år: må være et tall']);
  });

  it('refuses unknown envelope fields', () => {
    const text = serializeScenarioFile(sampleScenario(), '0.1.0').replace('"format"', '"extra": 1, "format"');
    expect(messages(text)).toEqual(['dokumentet: har ukjente felt: «extra»']);
  });
});
