import { z } from 'zod';
import {
  periodRequestSchema,
  type OverviewAttention,
  type SignalsByGroup,
  type SignalsPerWeek,
} from '../domain/overview';

// As in domainChannels: requests are validated at run time, responses are typed.
const out = <T>() => z.custom<T>();
const nothing = z.object({}).strict();

/** The overview (home screen): counts that need attention and the charts' figures. */
export const overviewContract = {
  'overview.attention': { request: nothing, response: out<OverviewAttention>() },
  /** The running ISO week and the 51 before it, with the same weeks a year earlier. */
  'overview.signalsPerWeek': { request: nothing, response: out<SignalsPerWeek>() },
  'overview.signalsByTheme': { request: periodRequestSchema, response: out<SignalsByGroup>() },
  'overview.signalsByProvince': { request: periodRequestSchema, response: out<SignalsByGroup>() },
} as const;
