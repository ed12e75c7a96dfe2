/** Injected at build time by Vite (`define`); under tsx/vitest the package version is read instead. */
declare const __APP_VERSION__: string | undefined;

export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : (process.env.npm_package_version ?? 'dev');
