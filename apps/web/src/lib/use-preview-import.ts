// A file import that is previewed before anything is written: the chosen file, the server's dry-run answer, and
// the problems the server names in a refused file. The inventory import and the ATLAS import both work this way.
import { useState } from 'react';
import { ApiError } from './api.ts';

/** What the hook needs of the import's mutation. */
interface ImportMutation<I, R> {
  mutate: (input: I, handlers: { onSuccess: (result: R) => void }) => void;
  reset: () => void;
  error: Error | null;
}

/**
 * The chosen file and its preview. `run(true)` sends the file as a dry run and keeps the answer as the preview;
 * `run(false)` imports it, forgets the preview and hands the result to `onImported`.
 */
export function usePreviewImport<I, R>(
  mutation: ImportMutation<I, R>,
  toInput: (text: string, dryRun: boolean) => I,
  onImported: (result: R, file: File) => void,
) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<R | null>(null);
  const problems = mutation.error instanceof ApiError ? (mutation.error.problem.errors ?? []) : [];

  const run = async (dryRun: boolean) => {
    if (!file) return;
    const text = await file.text();
    mutation.mutate(toInput(text, dryRun), {
      onSuccess: (r) => {
        if (dryRun) {
          setPreview(r);
          return;
        }
        setPreview(null);
        onImported(r, file);
      },
    });
  };
  /** Another file (or none): the old preview and error no longer apply. */
  const choose = (f: File | null) => {
    setFile(f);
    setPreview(null);
    mutation.reset();
  };
  return { file, setFile, preview, problems, run, choose };
}
