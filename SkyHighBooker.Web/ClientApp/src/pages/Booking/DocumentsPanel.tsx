import type { BookingView } from '../../api';
import { documentTitle } from './documentLabels';
import type { DocumentsState } from './useBookingDocuments';

/** Download links for the booking's PDFs, appearing as the Worker makes them. */
export function DocumentsPanel({ booking, documents }: { booking: BookingView; documents: DocumentsState }) {
  return (
    <section className="panel" aria-labelledby="documents-heading" aria-busy={documents.status === 'loading'}>
      <h2 id="documents-heading" className="panel__title">
        Documents
      </h2>
      {documents.status === 'loading' && (
        <p className="panel__muted" role="status">
          Loading your documents…
        </p>
      )}
      {documents.status === 'error' && (
        <p className="panel__muted" role="status">
          Your documents could not be loaded just now. Reload the page to try again.
        </p>
      )}
      {documents.status === 'ready' && documents.documents.length === 0 && (
        <p className="panel__muted" data-testid="documents-empty">
          {booking.status === 'pending_payment'
            ? 'Your boarding passes, receipt and confirmation will be here once your booking is paid.'
            : documents.stillMaking
              ? 'Preparing your documents…'
              : 'There are no documents for this booking.'}
        </p>
      )}
      {documents.status === 'ready' && documents.documents.length > 0 && (
        <ul className="document-list" data-testid="documents">
          {documents.documents.map((document) => {
            const title = documentTitle(document, booking);
            return (
              <li key={document.id} data-testid="document">
                {document.status === 'ready' && document.url ? (
                  <a href={document.url} download={document.fileName} className="button button--secondary">
                    Download {title.charAt(0).toLowerCase() + title.slice(1)}
                  </a>
                ) : (
                  <>
                    <span>{title}</span>
                    <span className="panel__muted">
                      {document.status === 'failed' ? 'could not be made; our team has been told' : 'being prepared…'}
                    </span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {documents.status === 'ready' && documents.stillMaking && documents.documents.length > 0 && (
        <p className="panel__muted" role="status">
          <span className="spinner" aria-hidden="true" /> More documents are on their way…
        </p>
      )}
    </section>
  );
}
