export { mergePatches, threeWay, twoWay, type ChangeSide, type MergeChange } from './threeWay';
