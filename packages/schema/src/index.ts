// @readouts/schema: the shared record and message schemas, with their inferred types.
export * from './decisions';
export * from './evidence';
export * from './extract-result';
export { hashText } from './hash';
export { MigrationError, migrateReadout, migrateReadoutContent, upgradeRecord } from './migrate';
export * from './readout';
export * from './sync';
export * from './tags';
export { cleanText, isCleanText, text } from './text';
export { normaliseUrl, readoutIdFromUrl } from './url';
