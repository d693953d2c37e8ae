// axe-core inside the page: the accessibility rules a screen-reader user and a keyboard user depend on.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** The serious and critical violations axe finds on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy refuses inline <script>.
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(axeSource);
  const result = (await page.evaluate(`window.axe.run(document, { resultTypes: ['violations'] })`)) as {
    violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

/** Words of the grid's and the charts' own English texts ("Legend item 1 of 2", "Press SPACE to select", "Page
 *  Size", "interactive chart"), matched as whole words in a Norwegian page. */
const ENGLISH = /\b(Legend|item|of|Press|Page|Size|Rows?|Columns?|Loading|chart|series|interactive|Sort(ed)?|Ascending|Descending|Filter|Previous|Next|First|Last|Toggle|Pinned|Select(ed)?|Navigator|Scrollbar|Zoom|Pan)\b/;

/** The texts on the page, visible or not (hidden screen-reader text, aria-label, aria-description, title,
 *  placeholder, alt), that contain one of those English words; each with where it was found. */
export async function englishTexts(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const re = ${ENGLISH.toString()};
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const p = n.parentElement;
      if (p && (p.closest('script, style') || p.closest('[data-i18n-ignore]'))) continue;
      if (re.test(n.nodeValue)) found.push((p ? p.className || p.tagName : '') + ': ' + n.nodeValue.trim());
    }
    for (const el of document.body.querySelectorAll('[aria-label], [aria-description], [aria-roledescription], [aria-valuetext], [title], [placeholder], [alt]')) {
      if (el.closest('[data-i18n-ignore]')) continue;
      for (const a of ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v && re.test(v)) found.push((el.className || el.tagName) + ' [' + a + ']: ' + v);
      }
    }
    return [...new Set(found)];
  })()`);
}
