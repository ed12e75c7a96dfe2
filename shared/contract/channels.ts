import { z } from 'zod';
import { adviserInputSchema } from '../domain/adviser';
import { briefingContract } from './briefingChannels';
import { bulkContract } from './bulkChannels';
import { preferencesSchema } from '../settings';
import { domainContract } from './domainChannels';
import { draftContract } from './draftChannels';
import { earlyWarningContract } from './earlyWarningChannels';
import { electionContract } from './electionChannels';
import { caseFileJobProgressSchema } from './jobs';
import { mapContract } from './mapChannels';
import { networkContract } from './networkChannels';
import { overviewContract } from './overviewChannels';
import { searchContract } from './searchChannels';
import * as s from './schemas';

/**
 * The one source of truth for IPC: channel name → request and response schema.
 * The main process validates every request against it before a handler runs;
 * the preload and the renderer's client are derived from it.
 */
export const contract = {
  'app.about': { request: s.emptyRequest, response: s.aboutSchema },
  'preferences.get': { request: s.emptyRequest, response: preferencesSchema },
  'preferences.update': { request: s.updatePreferencesRequest, response: preferencesSchema },
  'recentFiles.list': { request: s.emptyRequest, response: z.array(s.recentFileSchema) },
  'recentFiles.forget': { request: s.forgetRecentRequest, response: z.array(s.recentFileSchema) },
  'dialog.chooseNewCaseFile': { request: s.chooseFileRequest, response: s.chosenPathSchema },
  'dialog.chooseCaseFile': { request: s.emptyRequest, response: s.chosenPathSchema },
  'dialog.chooseBackupDestination': { request: s.chooseFileRequest, response: s.chosenPathSchema },
  'session.status': { request: s.emptyRequest, response: s.sessionStatusSchema },
  'caseFile.create': { request: s.createCaseFileRequest, response: s.sessionStatusSchema },
  'caseFile.unlock': { request: s.unlockRequest, response: s.sessionStatusSchema },
  'caseFile.openDemo': { request: s.emptyRequest, response: s.sessionStatusSchema },
  'caseFile.lock': { request: s.emptyRequest, response: s.sessionStatusSchema },
  'caseFile.close': { request: s.emptyRequest, response: s.sessionStatusSchema },
  'caseFile.info': { request: s.emptyRequest, response: s.caseFileInfoSchema },
  'caseFile.changePassphrase': { request: s.changePassphraseRequest, response: s.okResponse },
  'caseFile.backup': { request: s.backupRequest, response: s.backupResultSchema },
  'settings.get': { request: s.emptyRequest, response: s.caseFileSettingsViewSchema },
  'settings.update': { request: s.updateSettingsRequest, response: s.caseFileSettingsViewSchema },
  'advisers.list': { request: s.emptyRequest, response: z.array(s.adviserSchema) },
  'advisers.setCurrent': { request: adviserInputSchema.strict(), response: s.sessionStatusSchema },
  ...domainContract,
  ...networkContract,
  ...mapContract,
  ...overviewContract,
  ...briefingContract,
  ...draftContract,
  ...bulkContract,
  ...searchContract,
  ...earlyWarningContract,
  ...electionContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<K extends Channel> = z.input<Contract[K]['request']>;
export type ParsedRequestOf<K extends Channel> = z.output<Contract[K]['request']>;
export type ResponseOf<K extends Channel> = z.output<Contract[K]['response']>;

export const CHANNELS = Object.keys(contract) as Channel[];

/** Pushed from the main process to the renderer. */
export const events = {
  'session.changed': s.sessionStatusSchema,
  'caseFile.jobProgress': caseFileJobProgressSchema,
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

/** The IPC channel name used on the wire (prefixed so it cannot collide with Electron's own). */
export const wireChannel = (channel: Channel | EventName): string => `ess:${channel}`;
