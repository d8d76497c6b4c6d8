// @readouts/transfer: the file formats readouts exports and imports, shared by the extension and
// the server so both write the same CSV and read back what either wrote.
export { CSV_COLUMNS, csvHeader, csvRow, toCsv } from './csv';
export {
  describeImportProblem,
  type ImportFormat,
  type ImportPlace,
  type ImportProblem,
  type ImportResult,
  parseImport,
} from './import';
export { EXPORT_FORMAT, toJson, toJsonl } from './json';
