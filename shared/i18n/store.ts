// Texts of the store concept: the same keys in both languages. Placeholders are written {name}.
export const store: { nb: Record<string, string>; en: Record<string, string> } = {
  nb: {},
  en: {},
};
