// A message for the user as data: an i18n key (shared/i18n/model.ts) and the values of its {placeholders}.
// Translated where it is shown, so the same finding or issue reads in Norwegian or English.

export type MessageParams = Record<string, string | number>;

export interface ModelMessage {
  code: string;
  params: MessageParams;
}

/** A problem with one place in a document: `path` uses property names and array indices, as zod reports it. */
export interface ModelIssue extends ModelMessage {
  path: (string | number)[];
}

export function message(code: string, params: MessageParams = {}): ModelMessage {
  return { code, params };
}
