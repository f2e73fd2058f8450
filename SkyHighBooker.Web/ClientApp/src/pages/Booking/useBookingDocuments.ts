import { useEffect, useState } from 'react';
import { isAbort, listDocuments, type DocumentView } from '../../api';
import { pollUntil } from '../../booking/poll';
import { isPending } from './documentLabels';
import { linkRefreshDelay } from './linkRefresh';

export type DocumentsState =
  | { status: 'loading' }
  | { status: 'ready'; documents: DocumentView[]; stillMaking: boolean }
  | { status: 'error'; error: unknown };

/** How long to keep asking while the Worker renders the PDFs. */
const documentsTimeoutMs = 120_000;

/**
 * The booking's documents, asked for again with backoff while any is still being made (or, for a confirmed or
 * cancelled booking, while none is there yet); each answer is shown as it comes. Then, while the page is open, asked
 * for again shortly before the download links expire, so they keep working. `runKey` starts over.
 */
export function useBookingDocuments(bookingId: string, expectDocuments: boolean, runKey: string): DocumentsState {
  const [state, setState] = useState<DocumentsState>({ status: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    const unfinished = (documents: DocumentView[]) => isPending(documents) || (expectDocuments && documents.length === 0);
    const keepLinksFresh = (documents: DocumentView[]) => {
      const delay = linkRefreshDelay(documents, Date.now());
      if (delay === null) return;
      refreshTimer = setTimeout(() => {
        listDocuments(bookingId, abort.signal).then(
          (fresh) => {
            setState({ status: 'ready', documents: fresh, stillMaking: false });
            keepLinksFresh(fresh);
          },
          (error: unknown) => {
            if (!isAbort(error)) keepLinksFresh(documents); // try again later; the links shown may still work
          },
        );
      }, delay);
    };
    pollUntil((signal) => listDocuments(bookingId, signal), (documents) => !unfinished(documents), {
      signal: abort.signal,
      timeoutMs: documentsTimeoutMs,
      onValue: (documents) => setState({ status: 'ready', documents, stillMaking: unfinished(documents) }),
    }).then(
      ({ value, done }) => {
        if (value === undefined) setState({ status: 'error', error: null });
        else if (!done) setState({ status: 'ready', documents: value, stillMaking: false });
        if (value !== undefined) keepLinksFresh(value);
      },
      (error: unknown) => {
        if (!isAbort(error)) setState({ status: 'error', error });
      },
    );
    return () => {
      abort.abort();
      clearTimeout(refreshTimer);
    };
  }, [bookingId, expectDocuments, runKey]);

  return state;
}
