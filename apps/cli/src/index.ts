export { createProgram, run } from './program.ts';
export { EXIT } from './support/errors.ts';
