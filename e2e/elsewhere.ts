// Another writer (another window, the command line) editing the first scenario through the store's API, as the
// page's own requests do: for tests of what a page does when the scenario changed under it.
import type { Page } from 'playwright-core';

export async function editElsewhere(page: Page, patches: unknown[], label = 'Annet vindu'): Promise<void> {
  await page.evaluate(
    async ({ patches, label }) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name=handlingsrom-token]')!.content;
      const post = async (op: string, body: unknown) =>
        (await (await fetch(`./api/${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Handlingsrom-Token': token }, body: JSON.stringify(body) })).json()) as {
          value: { id: string; revision: number }[] & { revision: number };
        };
      const id = (await post('scenario.list', {})).value[0].id;
      const { revision } = (await post('scenario.open', { id })).value;
      await post('scenario.edit', { id, baseRevision: revision, label, patches });
    },
    { patches, label },
  );
}
