/**
 * The Content-Security-Policy of every page: only the app's own files, no
 * inline script, no remote anything. connect-src 'self' serves the test
 * bridge; in the app the origin serves static files only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
