// A button that opens the file chooser and hands over the chosen file's bytes.
import { useRef } from 'react';
import type { PickedFile } from './types';

export interface FilePickProps {
  label: string;
  /** e.g. ".csv,.json,.txt" */
  accept: string;
  testId: string;
  onFile(file: PickedFile): void;
}

export function FilePick({ label, accept, testId, onFile }: FilePickProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" data-testid={testId} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={`${testId}-input`}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same file may be picked again after a fix
          if (!file) return;
          onFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        }}
      />
    </>
  );
}
