import type { Random } from './random';

/**
 * Request payloads for the IPC fuzzer: random shapes, and "near-valid" ones
 * derived from a channel's zod schema with some fields broken, so requests get
 * past the first check and reach deeper validation and the handlers. Reads
 * zod 4's schema definitions (`_zod.def`) only to learn field names and kinds.
 */

interface SchemaDef {
  type: string;
  shape?: Record<string, SchemaLike>;
  innerType?: SchemaLike;
  in?: SchemaLike;
  out?: SchemaLike;
  element?: SchemaLike;
  options?: SchemaLike[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  left?: SchemaLike;
  right?: SchemaLike;
  valueType?: SchemaLike;
  getter?: () => SchemaLike;
}

export interface SchemaLike {
  _zod: { def: SchemaDef };
}

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString'];

/** Strings that have broken parsers, paths and terminals elsewhere. */
const NASTY_STRINGS = [
  '',
  ' ',
  'a',
  'x'.repeat(201),
  'mysecretprefix\0x',
  '\0',
  'titel\u001b[31mrood\u001b[0m',
  'regel\rterug\u0007\b',
  '\u202Egnirts\u202C',
  '\uD800',
  "' OR 1=1 --",
  '"; DROP TABLE signals; --',
  '../../../../etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\system32\\config',
  'app://ess/../../etc/passwd',
  'file:///etc/shadow',
  '2026-02-30',
  '2026-13-01',
  '9999-12-31',
  '0000-00-00',
  '2026-03-10',
  '2026-03-10T25:61:00Z',
  'GM0363',
  'GM9999',
  'polarisatie',
  'ongerubriceerd',
  'stg-geheim',
  'nieuw',
  'laag',
  'acuut',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '%s%s%s%n',
  '${process.exit(1)}',
  '<script>alert(1)</script>',
  'Ω≈ç√∫˜µ≤≥÷ èéêë',
  '🙂'.repeat(50),
  'NaN',
  '-1',
  '1e309',
];

const NASTY_NUMBERS = [0, -0, 1, -1, 2, 7, 100, 0.5, -2.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.NaN, Infinity, -Infinity, 2 ** 31, -(2 ** 31)];

export class FuzzValues {
  constructor(
    private readonly random: Random,
    /** Real record ids from the case file, so some requests address existing records. */
    private readonly ids: string[],
  ) {}

  string(): string {
    const r = this.random;
    const roll = r.next();
    if (roll < 0.002) return 'y'.repeat(r.int(1, 3) * 1_000_000); // huge
    if (roll < 0.25 && this.ids.length > 0) return r.pick(this.ids);
    if (roll < 0.8) return r.pick(NASTY_STRINGS);
    return Array.from({ length: r.int(0, 40) }, () => String.fromCharCode(r.int(0, 0x2fff))).join('');
  }

  number(): number {
    return this.random.chance(0.6) ? this.random.pick(NASTY_NUMBERS) : this.random.int(-1000, 100_000);
  }

  /** Values that are not plain JSON but do cross Electron's structured clone. */
  exotic(): unknown {
    const r = this.random;
    switch (r.int(0, 7)) {
      case 0:
        return undefined;
      case 1:
        return BigInt(r.int(0, 1000));
      case 2:
        return new Date(r.chance(0.5) ? Number.NaN : r.int(0, 2 ** 40));
      case 3:
        return new TextEncoder().encode(this.string().slice(0, 300));
      case 4:
        return new Map([[this.string(), this.string()]]);
      case 5: {
        const sparse: unknown[] = [];
        sparse[1] = 1;
        sparse[3] = 2;
        return sparse;
      }
      case 6:
        return this.deep(r.int(500, 5000));
      default:
        return Object.create(null) as object;
    }
  }

  /** Nesting far beyond any real request. */
  deep(depth: number): unknown {
    let value: unknown = this.random.chance(0.5) ? 'bodem' : null;
    const asArray = this.random.chance(0.5);
    for (let level = 0; level < depth; level++) value = asArray ? [value] : { a: value };
    return value;
  }

  /** An object with keys that try prototype pollution, made the way a JSON parser makes them (own properties). */
  polluted(inner: Record<string, unknown> = {}): Record<string, unknown> {
    const key = this.random.pick(POLLUTION_KEYS);
    const payload = key === 'constructor' ? { prototype: { polluted: 'ja' } } : { polluted: 'ja' };
    const object: Record<string, unknown> = { ...inner };
    Object.defineProperty(object, key, { value: payload, enumerable: true, configurable: true, writable: true });
    return object;
  }

  /** Any value, up to `depth` levels of containers. */
  any(depth = 3): unknown {
    const r = this.random;
    const roll = r.int(0, depth > 0 ? 9 : 5);
    switch (roll) {
      case 0:
        return null;
      case 1:
        return r.chance(0.5);
      case 2:
        return this.number();
      case 3:
      case 4:
        return this.string();
      case 5:
        return r.chance(0.3) ? this.exotic() : this.string();
      case 6:
      case 7:
        return Array.from({ length: r.int(0, 5) }, () => this.any(depth - 1));
      default: {
        const object: Record<string, unknown> = {};
        for (let index = r.int(0, 5); index > 0; index--) object[this.key()] = this.any(depth - 1);
        return r.chance(0.2) ? this.polluted(object) : object;
      }
    }
  }

  private key(): string {
    return this.random.chance(0.7) ? this.random.pick(['id', 'path', 'title', 'version', 'query', 'passphrase', 'status', 'limit', 'offset', 'from', 'to', 'ids']) : this.string().slice(0, 30);
  }

  /**
   * A request shaped like the schema, with each field kept plausible or
   * broken at random; a few come out valid, which is fine (the check is that
   * a failed request wrote nothing).
   */
  nearValid(schema: SchemaLike, depth = 0): unknown {
    const r = this.random;
    if (depth > 8) return null;
    if (r.chance(0.06)) return this.any(1); // break this value
    const def = schema._zod.def;
    switch (def.type) {
      case 'object': {
        const object: Record<string, unknown> = {};
        for (const [key, field] of Object.entries(def.shape ?? {})) {
          if (r.chance(0.1)) continue; // leave a field out
          object[key] = this.nearValid(field, depth + 1);
        }
        if (r.chance(0.05)) object[this.key()] = this.any(1); // an extra field
        return r.chance(0.03) ? this.polluted(object) : object;
      }
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        if (r.chance(0.2)) return def.type === 'nullable' ? null : undefined;
        return this.nearValid(def.innerType!, depth + 1);
      case 'pipe':
        return this.nearValid(def.in!, depth + 1);
      case 'lazy':
        return def.getter ? this.nearValid(def.getter(), depth + 1) : this.any(1);
      case 'union':
        return this.nearValid(r.pick(def.options ?? []), depth + 1);
      case 'intersection':
        return { ...(this.nearValid(def.left!, depth + 1) as object), ...(this.nearValid(def.right!, depth + 1) as object) };
      case 'array':
        return Array.from({ length: r.int(0, 3) }, () => this.nearValid(def.element!, depth + 1));
      case 'record':
        return { [this.string().slice(0, 20)]: this.nearValid(def.valueType!, depth + 1) };
      case 'enum':
        return r.chance(0.85) ? r.pick(Object.values(def.entries ?? {})) : this.string();
      case 'literal':
        return r.chance(0.9) ? r.pick(def.values ?? [null]) : this.string();
      case 'string':
        return this.string();
      case 'number':
      case 'int':
        return r.chance(0.5) ? r.int(0, 200) : this.number();
      case 'boolean':
        return r.chance(0.9) ? r.chance(0.5) : this.any(0);
      case 'null':
        return null;
      default:
        return this.any(1);
    }
  }
}
