import path from 'node:path';

/**
 * The renderer may only name files the user picked: a path becomes usable
 * once it came from a file dialog, the recent-files list or the app itself.
 * A compromised renderer therefore cannot open or write arbitrary paths.
 */
export class PathGrants {
  private readonly granted = new Set<string>();

  grant(filePath: string): string {
    const resolved = path.resolve(filePath);
    this.granted.add(resolved);
    return resolved;
  }

  has(filePath: string): boolean {
    return this.granted.has(path.resolve(filePath));
  }
}
