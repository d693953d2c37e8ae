/** A team server's address as the header and the sidebar show it: its host (and port, when not the default). */
export function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}
