export * from './data/index.js';
