export * from './invalid-code.error';
export * from './gs1';
export * from './iso6346';
export * from './awb';
export * from './upu-s10';
export * from './hs-code';
export * from './gs1-element-string';
export * from './scan-parser';
