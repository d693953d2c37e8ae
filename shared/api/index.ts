export * from './contract';
export * from './errors';
export * from './ops';
export * from './accounts';
export * from './roles';
