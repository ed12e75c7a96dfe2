/** Under 'caseFile', so a lock forgets them and any record change re-reads them. */
export const earlyWarningKeys = {
  findings: (week: string, method: string) => ['caseFile', 'earlyWarning', 'findings', week, method] as const,
  signals: (findingId: string) => ['caseFile', 'earlyWarning', 'signals', findingId] as const,
};
