import { z } from 'zod';
import { mapMeasuresQuerySchema, type MapMeasures } from '../domain/mapMeasures';

// As in domainChannels: requests are validated at run time, responses are typed.
const out = <T>() => z.custom<T>();

/** The municipality map: one measure's value for each of the 342 current municipalities. */
export const mapContract = {
  'map.measures': { request: mapMeasuresQuerySchema, response: out<MapMeasures>() },
} as const;
