// AG Grid Community: the features the app's grids use, registered once, and the app's theme (Theming API; it
// injects <style> elements, which the CSP allows for styles only). Never string expressions: they need
// `new Function`. A grid that needs a module not listed here logs AG Grid's error #200, which fails the e2e tests.
import {
  CellStyleModule,
  CheckboxEditorModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  EventApiModule,
  HighlightChangesModule,
  LargeTextEditorModule,
  LocaleModule,
  ModuleRegistry,
  NumberEditorModule,
  PinnedRowModule,
  RenderApiModule,
  RowApiModule,
  RowAutoHeightModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TooltipModule,
  themeQuartz,
} from 'ag-grid-community';

// Keyboard navigation, sorting, column groups, pinning and resizing come with the grid's core.
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  RowApiModule,
  ScrollApiModule,
  RenderApiModule,
  ColumnApiModule,
  EventApiModule,
  ColumnAutoSizeModule,
  TextEditorModule,
  LargeTextEditorModule,
  NumberEditorModule,
  SelectEditorModule,
  CheckboxEditorModule,
  PinnedRowModule,
  RowSelectionModule,
  CellStyleModule,
  RowStyleModule,
  RowAutoHeightModule,
  TooltipModule,
  LocaleModule,
  HighlightChangesModule,
]);

/** The grid's row and header heights in px: the theme's, and what a view reads to size a grid to its rows. */
export const GRID_ROW_HEIGHT = 28;
export const GRID_HEADER_HEIGHT = 32;

export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  spacing: 5,
  rowHeight: GRID_ROW_HEIGHT,
  headerHeight: GRID_HEADER_HEIGHT,
  wrapperBorderRadius: 4,
  borderColor: '#d9dee4',
  headerBackgroundColor: '#eef1f5',
  accentColor: '#0b5394',
  cellHorizontalPadding: 8,
});

/**
 * Where the browser's scrollbars are overlays (macOS, headless Chromium), AG Grid lays its own 16 px scroller
 * over the last column and sizes flex columns as if it took no room, so right-aligned numbers lose their last
 * digits. Telling the grid the scroller's width makes it leave that room. Classic scrollbars are measured by the
 * grid itself (undefined).
 */
export const gridScrollbarWidth: number | undefined = (() => {
  if (typeof document === 'undefined' || !document.body) return undefined;
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;top:-9999px;width:100px;height:100px;overflow:scroll';
  document.body.appendChild(probe);
  const width = probe.offsetWidth - probe.clientWidth;
  probe.remove();
  return width === 0 ? 16 : undefined;
})();
