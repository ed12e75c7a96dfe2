import type { briefingContract } from '../../../shared/contract/briefingChannels';
import type { bulkContract } from '../../../shared/contract/bulkChannels';
import type { Channel, ParsedRequestOf, ResponseOf } from '../../../shared/contract/channels';
import type { domainContract } from '../../../shared/contract/domainChannels';
import type { draftContract } from '../../../shared/contract/draftChannels';
import type { electionContract } from '../../../shared/contract/electionChannels';
import type { earlyWarningContract } from '../../../shared/contract/earlyWarningChannels';
import type { mapContract } from '../../../shared/contract/mapChannels';
import type { networkContract } from '../../../shared/contract/networkChannels';
import type { overviewContract } from '../../../shared/contract/overviewChannels';
import type { searchContract } from '../../../shared/contract/searchChannels';
import type { AppStateStore } from '../../services/appState';
import type { CaseFileSession } from '../../services/session';
import type { Render } from '../../services/briefings/export';
import type { Dialogs } from '../dialogs';

export type Handler<K extends Channel> = (request: ParsedRequestOf<K>) => ResponseOf<K> | Promise<ResponseOf<K>>;

/** One handler per channel; a channel without a handler does not compile. */
export type Handlers = { [K in Channel]: Handler<K> };
export type HandlersFor<K extends Channel> = { [C in K]: Handler<C> };

export type DomainChannel = keyof typeof domainContract | keyof typeof networkContract | keyof typeof briefingContract | keyof typeof draftContract | keyof typeof bulkContract | keyof typeof searchContract | keyof typeof mapContract | keyof typeof overviewContract | keyof typeof earlyWarningContract | keyof typeof electionContract;
export type CaseFileChannel = Exclude<Channel, DomainChannel>;

export interface HandlerDeps {
  session: CaseFileSession;
  appState: AppStateStore;
  dialogs: Dialogs;
  /** The app's own data folder (demo case file). */
  dataDir: string;
  now?: () => Date;
  /**
   * Builds and packs a note's .docx. The Electron main process passes one that
   * runs in a worker thread (a large note must not freeze the window); without
   * one (tests, the loopback bridge) the note is rendered inline.
   */
  renderBriefing?: Render;
}
