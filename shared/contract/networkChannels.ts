import { z } from 'zod';
import {
  contactMomentInputSchema,
  contactMomentListQuerySchema,
  createContactMomentSchema,
  type ContactMoment,
  type ContactMomentListRow,
} from '../domain/contactMoment';
import {
  contactPersonInputSchema,
  contactPersonListQuerySchema,
  type ContactPerson,
  type ContactPersonErasure,
  type ContactPersonListRow,
} from '../domain/contactPerson';
import { longText, municipalityCodeSchema, uuidSchema } from '../domain/fields';
import {
  followUpActionInputSchema,
  followUpActionListQuerySchema,
  type ActionDigest,
  type FollowUpAction,
  type FollowUpActionListRow,
} from '../domain/followUpAction';
import {
  municipalityListQuerySchema,
  networkOverviewQuerySchema,
  type MunicipalityDetail,
  type MunicipalityListRow,
  type NetworkOverview,
} from '../domain/municipality';
import {
  organisationInputSchema,
  organisationListQuerySchema,
  type Organisation,
  type OrganisationListRow,
} from '../domain/organisation';
import { signalFieldsSchema, type Signal } from '../domain/signal';

// As in domainChannels: requests are validated at run time, responses are typed.
const out = <T>() => z.custom<T>();
const byId = z.object({ id: uuidSchema }).strict();
const reason = longText().min(3, 'validation.reason').max(500, 'validation.tooLong');
const version = z.number().int().min(1);
const page = <T>() => out<{ rows: T[]; total: number }>();

/** Small live lists for pickers (organisations and persons in forms). */
export interface PickerOption {
  id: string;
  label: string;
  /** A second line: the type or organisation. */
  detail: string;
  municipalities: string[];
}

export const networkContract = {
  'municipalities.list': { request: municipalityListQuerySchema.strict(), response: out<MunicipalityListRow[]>() },
  'municipalities.get': {
    request: z.object({ code: municipalityCodeSchema }).strict(),
    response: out<MunicipalityDetail>(),
  },
  'network.overview': { request: networkOverviewQuerySchema, response: out<NetworkOverview>() },

  'organisations.list': { request: organisationListQuerySchema, response: page<OrganisationListRow>() },
  'organisations.options': { request: z.object({}).strict(), response: out<PickerOption[]>() },
  'organisations.get': { request: byId, response: out<Organisation>() },
  'organisations.create': { request: organisationInputSchema.strict(), response: out<Organisation>() },
  'organisations.update': {
    request: z.object({ id: uuidSchema, version, organisation: organisationInputSchema }).strict(),
    response: out<Organisation>(),
  },
  'organisations.delete': { request: z.object({ id: uuidSchema, reason }).strict(), response: out<Organisation>() },
  'organisations.restore': { request: byId, response: out<Organisation>() },

  'contactPersons.list': { request: contactPersonListQuerySchema, response: page<ContactPersonListRow>() },
  'contactPersons.options': { request: z.object({}).strict(), response: out<PickerOption[]>() },
  'contactPersons.get': { request: byId, response: out<ContactPerson>() },
  'contactPersons.create': { request: contactPersonInputSchema.strict(), response: out<ContactPerson>() },
  'contactPersons.update': {
    request: z.object({ id: uuidSchema, version, person: contactPersonInputSchema }).strict(),
    response: out<ContactPerson>(),
  },
  'contactPersons.delete': { request: z.object({ id: uuidSchema, reason }).strict(), response: out<ContactPerson>() },
  'contactPersons.restore': { request: byId, response: out<ContactPerson>() },
  /** AVG access request: the main process asks where to save, then writes the file atomically. */
  'contactPersons.export': { request: byId, response: out<{ path: string | null }>() },
  /** AVG erasure; the adviser confirms by typing the person's name. */
  'contactPersons.erase': {
    request: z.object({ id: uuidSchema, confirmName: z.string().max(200) }).strict(),
    response: out<ContactPersonErasure>(),
  },

  'contactMoments.list': { request: contactMomentListQuerySchema, response: page<ContactMomentListRow>() },
  'contactMoments.get': { request: byId, response: out<ContactMoment>() },
  'contactMoments.create': { request: createContactMomentSchema.strict(), response: out<ContactMoment>() },
  'contactMoments.update': {
    request: z.object({ id: uuidSchema, version, contactMoment: contactMomentInputSchema }).strict(),
    response: out<ContactMoment>(),
  },
  'contactMoments.delete': { request: z.object({ id: uuidSchema, reason }).strict(), response: out<ContactMoment>() },
  'contactMoments.restore': { request: byId, response: out<ContactMoment>() },
  /** Registers a signal heard at a contact moment; both stay linked. */
  'contactMoments.registerSignal': {
    request: z.object({ contactMomentId: uuidSchema, signal: signalFieldsSchema }).strict(),
    response: out<Signal>(),
  },

  'actions.list': { request: followUpActionListQuerySchema, response: page<FollowUpActionListRow>() },
  'actions.get': { request: byId, response: out<FollowUpAction>() },
  'actions.create': { request: followUpActionInputSchema.strict(), response: out<FollowUpAction>() },
  'actions.update': {
    request: z.object({ id: uuidSchema, version, action: followUpActionInputSchema }).strict(),
    response: out<FollowUpAction>(),
  },
  'actions.delete': { request: z.object({ id: uuidSchema, reason }).strict(), response: out<FollowUpAction>() },
  'actions.restore': { request: byId, response: out<FollowUpAction>() },
  /** The current adviser's overdue actions and those due this week. */
  'actions.digest': { request: z.object({}).strict(), response: out<ActionDigest>() },
} as const;
