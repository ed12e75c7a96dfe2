import type { ReactNode } from 'react';

interface AlertProps {
  kind: 'error' | 'success' | 'info' | 'warning';
  children: ReactNode;
}

/** Errors interrupt (role=alert); the rest is announced politely. */
export function Alert({ kind, children }: AlertProps) {
  return (
    <div className={`alert alert--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
