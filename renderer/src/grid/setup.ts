// AG Grid Community: every community feature registered once, and the app's theme (Theming API; it injects
// <style> elements, which the CSP allows for styles only). Never string expressions: they need `new Function`.
import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';

ModuleRegistry.registerModules([AllCommunityModule]);

export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  spacing: 5,
  rowHeight: 28,
  headerHeight: 32,
  wrapperBorderRadius: 4,
  borderColor: '#d9dee4',
  headerBackgroundColor: '#eef1f5',
  accentColor: '#0b5394',
  cellHorizontalPadding: 8,
});
