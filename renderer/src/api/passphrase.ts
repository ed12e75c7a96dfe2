const encoder = new TextEncoder();

/**
 * Sends a typed passphrase as UTF-8 bytes, encoded at the last moment, and
 * zeroes those bytes once the call has settled: the request is copied when
 * it is sent, so the page keeps no byte of it, and the main process can zero
 * its own copy after use (a string could not be wiped on either side).
 */
export async function withPassphraseBytes<T>(typed: readonly string[], send: (bytes: Uint8Array<ArrayBuffer>[]) => Promise<T>): Promise<T> {
  const bytes = typed.map((text) => encoder.encode(text));
  try {
    return await send(bytes);
  } finally {
    for (const part of bytes) part.fill(0);
  }
}
