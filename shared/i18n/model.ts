// Texts of the model concept: the same keys in both languages. Placeholders are written {name}.
export const model: { nb: Record<string, string>; en: Record<string, string> } = {
  nb: {},
  en: {},
};
