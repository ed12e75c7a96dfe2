import { createHash } from 'node:crypto';
import { readSettingJson } from '../../../db/repositories/briefings';
import { writeSetting } from '../../../db/repositories/settings';
import { houseStyleSchema, LOGO_MAX_BYTES, type HouseStyle } from '../../../shared/domain/briefing';
import { withStoredTextRepaired } from '../../../shared/domain/fields';
import { imageSize } from '../../briefing/logo';
import { recordChange } from '../audit';
import type { WriteContext } from '../context';
import type { Db } from '../../../db/connection';
import { invalid, parseOrThrow } from '../validation';

/**
 * The house style of notes (organisation line, directorate, unit, contact,
 * reference pattern, recipients, logo), kept in the case file's settings
 * under one key, so it travels with the case file.
 */

const KEY = 'houseStyle';

export function getHouseStyle(db: Db): HouseStyle {
  const parsed = houseStyleSchema.safeParse(withStoredTextRepaired(houseStyleSchema, readSettingJson(db, KEY) ?? {}));
  // A value written by a newer version, or damaged, falls back to the defaults rather than blocking every note.
  return parsed.success ? parsed.data : houseStyleSchema.parse({});
}

/** The logo's bytes are not worth repeating in the audit log: its type, size and hash say what changed. */
function forAudit(style: HouseStyle): unknown {
  if (!style.logo) return style;
  const bytes = Buffer.from(style.logo.base64, 'base64');
  return { ...style, logo: { mime: style.logo.mime, widthMm: style.logo.widthMm, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') } };
}

export function updateHouseStyle(ctx: WriteContext, raw: unknown): HouseStyle {
  const style = parseOrThrow(houseStyleSchema, raw, 'House style');
  if (style.logo) {
    const bytes = Buffer.from(style.logo.base64, 'base64');
    if (bytes.length > LOGO_MAX_BYTES) throw invalid('House style', [{ path: 'logo.base64', message: 'briefing.validation.logoTooLarge' }]);
    if (!imageSize(bytes, style.logo.mime)) throw invalid('House style', [{ path: 'logo.base64', message: 'briefing.validation.logoUnreadable' }]);
  }
  return ctx.db.transaction(() => {
    const before = getHouseStyle(ctx.db);
    writeSetting(ctx.db, KEY, style, ctx.now.toISOString(), ctx.actor.adviserId);
    recordChange(ctx.db, ctx.actor, { entity: 'settings', entityId: KEY, action: 'settings', before: forAudit(before), after: forAudit(style) }, ctx.now);
    return style;
  })();
}
