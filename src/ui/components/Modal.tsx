import type { ReactNode } from 'react';

/** A dialog over the screen, placed low where the hands are; its role and labels are the caller's. */
export function Modal({
  role,
  labelledBy,
  describedBy,
  testId,
  children,
}: {
  role: 'dialog' | 'alertdialog';
  labelledBy: string;
  describedBy?: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role={role}
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        data-testid={testId}
      >
        {children}
      </div>
    </div>
  );
}
