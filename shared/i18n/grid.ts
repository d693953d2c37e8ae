// Texts of the grid concept: the same keys in both languages. Placeholders are written {name}.
export const grid: { nb: Record<string, string>; en: Record<string, string> } = {
  nb: {},
  en: {},
};
