import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from './ipc/dialogs';

const CASE_FILE_FILTER = [{ name: 'ESS-casusbestand', extensions: ['ess'] }];
const TEXT_FILE_FILTER = [{ name: 'Tekstbestand', extensions: ['txt'] }];
const WORD_FILE_FILTER = [{ name: 'Word-document', extensions: ['docx'] }];
const LIST_FILTERS = { csv: [{ name: 'CSV-bestand', extensions: ['csv'] }], xlsx: [{ name: 'Excel-werkmap', extensions: ['xlsx'] }] };

/** Native dialogs attached to the main window; cancelling gives null. */
export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  const parent = () => window() ?? undefined;
  return {
    async chooseNewCaseFile(suggestedName) {
      const options = { title: 'Nieuw casusbestand', defaultPath: suggestedName, filters: CASE_FILE_FILTER };
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseCaseFile() {
      const options = {
        title: 'Casusbestand openen',
        filters: CASE_FILE_FILTER,
        properties: ['openFile' as const],
      };
      const owner = parent();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseBackupDestination(suggestedName) {
      const options = { title: 'Reservekopie opslaan', defaultPath: suggestedName, filters: CASE_FILE_FILTER };
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseExportDestination(suggestedName) {
      const options = { title: 'Inzagebestand opslaan', defaultPath: suggestedName, filters: TEXT_FILE_FILTER };
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseDocumentDestination(suggestedName) {
      const options = { title: 'Nota opslaan', defaultPath: suggestedName, filters: WORD_FILE_FILTER };
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseListExportDestination(suggestedName, format) {
      const options = { title: 'Lijst exporteren', defaultPath: suggestedName, filters: LIST_FILTERS[format] };
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
