export * from './domain-error';
export * from './problem-details';
export { ProblemDetailsFilter } from './problem-details.filter';
