/**
 * The pixel size of a logo image, read from its header: a PNG's IHDR chunk or
 * a JPEG's start-of-frame marker. Null for anything else, so a file that only
 * claims to be an image is refused before it reaches a document.
 */
export interface ImageSize {
  type: 'png' | 'jpg';
  widthPx: number;
  heightPx: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const MAX_SIDE = 10_000;

function pngSize(bytes: Uint8Array): ImageSize | null {
  if (bytes.length < 24 || !PNG_SIGNATURE.every((value, index) => bytes[index] === value)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { type: 'png', widthPx: view.getUint32(16), heightPx: view.getUint32(20) };
}

/** Start-of-frame markers (baseline, progressive, ...), which hold the size; C4, C8 and CC are not frames. */
const isFrame = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

function jpegSize(bytes: Uint8Array): ImageSize | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = view.getUint16(offset + 2);
    if (isFrame(marker)) return { type: 'jpg', heightPx: view.getUint16(offset + 5), widthPx: view.getUint16(offset + 7) };
    offset += 2 + length;
  }
  return null;
}

export function imageSize(bytes: Uint8Array, mime: 'image/png' | 'image/jpeg'): ImageSize | null {
  const size = mime === 'image/png' ? pngSize(bytes) : jpegSize(bytes);
  if (!size || size.widthPx < 1 || size.heightPx < 1 || size.widthPx > MAX_SIDE || size.heightPx > MAX_SIDE) return null;
  return size;
}
