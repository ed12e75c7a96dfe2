import type { Command } from 'commander';

// PLACEHOLDER while the network issue is built; replaced by the real command.
export function registerOrganisation(_program: Command): void {}
