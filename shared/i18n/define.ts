// One table of texts: the same keys in bokmål and English, checked by the compiler (a key missing from the English
// half, or one only there, does not compile; so does a key written twice in one half).
export type Messages<K extends string> = { readonly nb: Readonly<Record<K, string>>; readonly en: Readonly<Record<K, string>> };

export function defineMessages<K extends string>(table: { nb: Record<K, string>; en: Record<NoInfer<K>, string> }): Messages<K> {
  return table;
}
