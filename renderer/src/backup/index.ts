// Backup, restore and exchange of bundles (issue 15). Automatic backups
// (auto-*.ts) call exportBundle with { type: 'device' }.
export { exportBundle, bundleFileName, type ExportScope, type ExportProgress, type ExportOptions } from './export-bundle';
export { readAndPlan, applyPlan, replaceEverything, ImportError, IMPORT_ERROR_CODES, type ImportErrorCode, type PlannedImport, type ImportProgress } from './import-bundle';
