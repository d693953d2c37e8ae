// A modal dialog over the workspace: a backdrop, a titled box, Escape closes it. The import previews and the
// measures' copy dialog are made of it.
import type { ReactNode } from 'react';
import '../imports/imports.css';

export interface DialogProps {
  testId: string;
  title: string;
  /** Shown after the title (e.g. the file being imported). */
  subtitle?: string;
  className?: string;
  onClose(): void;
  children: ReactNode;
}

export function Dialog({ testId, title, subtitle, className, onClose, children }: DialogProps) {
  const titleId = `${testId}-title`;
  return (
    <div className="import-backdrop" role="presentation">
      <div
        className={className ? `import-dialog ${className}` : 'import-dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        <header>
          <h3 id={titleId}>{title}</h3>
          {subtitle !== undefined && <span className="import-file">{subtitle}</span>}
        </header>
        {children}
      </div>
    </div>
  );
}
