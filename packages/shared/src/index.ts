export * from './permissions.js';
export * from './scopes.js';
export * from './project-access.js';
export * from './roles.js';
export * from './decide.js';
export * from './errors.js';
export * from './access.js';
export * from './records.js';
