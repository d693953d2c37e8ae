// AG Charts 14 names a chart's series area for screen readers ("interactive chart") when the chart is built, before
// the chart's `locale` option is read, so that one text stays English under any locale until the chart gets
// focus. This puts the locale's text in its place, in the element given and whenever the chart redraws it.
import { AG_CHARTS_LOCALE_EN_US } from 'ag-charts-locale';

const ENGLISH = AG_CHARTS_LOCALE_EN_US.ariaInitSeriesArea;

/** Keeps the series areas under `root` labelled `text`; returns the function that stops it. */
export function keepSeriesAreaLabel(root: HTMLElement, text: string): () => void {
  const mend = () => {
    for (const el of root.querySelectorAll('.ag-charts-series-area > *')) {
      if (el.textContent === ENGLISH && text !== ENGLISH) el.textContent = text;
    }
  };
  mend();
  const observer = new MutationObserver(mend);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
