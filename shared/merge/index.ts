export { mergePatches, patchTo, threeWay, twoWay, type ChangeSide, type MergeChange } from './threeWay';
export { describeChanges, type DescribedChange } from './describe';
