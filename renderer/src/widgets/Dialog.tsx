// A modal dialog over the workspace: a backdrop, a titled box, Escape closes it. The import previews and the
// measures' copy dialog are made of it.
import { useEffect, useRef, type ReactNode } from 'react';
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
  const box = useRef<HTMLDivElement>(null);
  // What had the focus when the dialog opened (the button that opened it), read once at the first render.
  const opener = useRef<Element | null>(null);
  opener.current ??= document.activeElement;
  // The focus belongs in the dialog (a field of its own may have taken it already), and goes back where it came
  // from when the dialog closes — a keyboard user closing Historikk with Escape was left on the page's body.
  useEffect(() => {
    const el = box.current;
    if (el && !el.contains(document.activeElement)) el.focus();
    const back = opener.current;
    return () => {
      const lost = !document.activeElement || document.activeElement === document.body || el?.contains(document.activeElement);
      if (lost && back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, []);
  // … and Escape closes it even when the focus was left outside, on the page behind the backdrop.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !box.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="import-backdrop" role="presentation">
      <div
        ref={box}
        tabIndex={-1}
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
