import type { Command } from 'commander';

// PLACEHOLDER while the network issue is built; replaced by the real command.
export function registerAction(_program: Command): void {}
