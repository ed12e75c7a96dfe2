import pkg from '../../package.json' with { type: 'json' };

/** The app's version as recorded in new case files; bundled at build time, read directly under tsx. */
export const APP_VERSION: string = pkg.version;
