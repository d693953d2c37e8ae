// Texts of the engine concept: the same keys in both languages. Placeholders are written {name}.
export const engine: { nb: Record<string, string>; en: Record<string, string> } = {
  nb: {},
  en: {},
};
