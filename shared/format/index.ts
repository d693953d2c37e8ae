// Numbers in Norwegian: display formatting, parsing of typed and pasted text, clipboard blocks and CSV.
export { formatValue, formatPair, decimalsFor, decimalsOf, TABLE_DECIMALS, type DisplayFormat } from './display';
export { formatNumber, formatterFor, normalizeIcuOutput, type FormatOptions } from './numberFormat';
export {
  parseNumber,
  type ParseOptions,
  type ParseResult,
  type FormatError,
  type FormatErrorCode,
} from './numberParse';
export { readInput, namesUnit, type InputTarget, type ReadResult } from './readInput';
export {
  parseNumberBlock,
  blockErrorMessage,
  blockErrorMessages,
  type BlockOptions,
  type BlockResult,
  type BlockCellError,
} from './numberBlock';
export { parseTsv, toTsv, type TsvOptions } from './tsv';
export { escapeCsvCell, toCsv, type CsvOptions, type CsvSeparator } from './csv';
export { plainNumber, type PlainNumberOptions, type DecimalSeparator } from './plainNumber';
export { inputUnit, unitScale, type InputUnit, type UnitScale, type UnitKind } from './units';
export { xmlSafeText } from './xmlText';
export { shortDateTime } from './dateTime';
