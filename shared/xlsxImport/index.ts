export * from './types';
export * from './preview';
export { changePatches } from './apply';
export { MAX_XLSX_BYTES } from './limits';
