import { useEffect, useState } from 'react';
import { isAbort, listDocuments, type DocumentView } from '../../api';
import { pollUntil } from '../../booking/poll';
import { isPending } from './documentLabels';

export type DocumentsState =
  | { status: 'loading' }
  | { status: 'ready'; documents: DocumentView[]; stillMaking: boolean }
  | { status: 'error'; error: unknown };

/** How long to keep asking while the Worker renders the PDFs. */
const documentsTimeoutMs = 120_000;

/**
 * The booking's documents, asked for again with backoff while any is still being made (or, for a confirmed or
 * cancelled booking, while none is there yet); each answer is shown as it comes. `runKey` starts over.
 */
export function useBookingDocuments(bookingId: string, expectDocuments: boolean, runKey: string): DocumentsState {
  const [state, setState] = useState<DocumentsState>({ status: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    const unfinished = (documents: DocumentView[]) => isPending(documents) || (expectDocuments && documents.length === 0);
    pollUntil((signal) => listDocuments(bookingId, signal), (documents) => !unfinished(documents), {
      signal: abort.signal,
      timeoutMs: documentsTimeoutMs,
      onValue: (documents) => setState({ status: 'ready', documents, stillMaking: unfinished(documents) }),
    }).then(
      ({ value, done }) => {
        if (value === undefined) setState({ status: 'error', error: null });
        else if (!done) setState({ status: 'ready', documents: value, stillMaking: false });
      },
      (error: unknown) => {
        if (!isAbort(error)) setState({ status: 'error', error });
      },
    );
    return () => abort.abort();
  }, [bookingId, expectDocuments, runKey]);

  return state;
}
