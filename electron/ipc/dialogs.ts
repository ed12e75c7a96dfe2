/**
 * Native file dialogs, supplied by the Electron main process (or by a test
 * double in the loopback bridge). Each returns an absolute path or null when
 * the user cancels.
 */
export interface Dialogs {
  chooseNewCaseFile(suggestedName: string): Promise<string | null>;
  chooseCaseFile(): Promise<string | null>;
  chooseBackupDestination(suggestedName: string): Promise<string | null>;
  /** Where to save an AVG access export (a text file). */
  chooseExportDestination(suggestedName: string): Promise<string | null>;
  /** Where to save a briefing note (a Word document). */
  chooseDocumentDestination(suggestedName: string): Promise<string | null>;
  /** Where to save an exported list (CSV or Excel); test doubles may leave it out (the export dialog answers then). */
  chooseListExportDestination?(suggestedName: string, format: 'csv' | 'xlsx'): Promise<string | null>;
}
