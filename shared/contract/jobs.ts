import { z } from 'zod';

/**
 * How far a long case-file job (backup, passphrase change) is, pushed to the
 * window while the job runs off the main thread. `percent` never goes down.
 */
export const caseFileJobProgressSchema = z.object({
  job: z.enum(['backup', 'rekey']),
  step: z.enum(['starting', 'copying', 'rewriting', 'verifying', 'reopening', 'done']),
  percent: z.number().min(0).max(100),
});
export type CaseFileJobProgress = z.infer<typeof caseFileJobProgressSchema>;
