#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx ess` works right after
// `npm install` without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');
