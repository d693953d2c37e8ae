// Texts of the format concept: the same keys in both languages. Placeholders are written {name}.
export const format: { nb: Record<string, string>; en: Record<string, string> } = {
  nb: {},
  en: {},
};
