import { useState, type FormEvent } from 'react';
import {
  ApiError,
  deleteTravelDocument,
  listTravelDocuments,
  messagesByField,
  uploadTravelDocument,
  type TravelDocumentView,
} from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormField } from '../../components/FormField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useApiResource } from '../../hooks/useApiResource';

const kinds: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Passport and visa scans kept with the account: listed with download links, uploaded, deleted. */
export function TravelDocuments() {
  const { state: documents, reload } = useApiResource(listTravelDocuments, 'travel-documents');
  const [deleting, setDeleting] = useState<TravelDocumentView | null>(null);

  return (
    <section className="profile" aria-labelledby="documents-heading" data-testid="travel-documents">
      <h2 id="documents-heading" className="profile__name">
        Travel documents
      </h2>
      <p className="account-overview__greeting">Keep a scan of your passport or visa with your account. Only you can see them.</p>
      {documents.status === 'loading' && (
        <p role="status">
          <span className="spinner" aria-hidden="true" /> Loading your documents…
        </p>
      )}
      {documents.status === 'error' && <ProblemAlert error={documents.error} onRetry={reload} testId="documents-error" />}
      {documents.status === 'success' &&
        (documents.value.length === 0 ? (
          <p data-testid="documents-empty">No travel documents yet.</p>
        ) : (
          <ul className="document-list" data-testid="documents-list">
            {documents.value.map((document) => (
              <li key={document.id} className="document-list__item" data-testid="travel-document">
                <a href={document.downloadUrl ?? undefined} className="document-list__name">
                  {document.fileName}
                </a>
                <span className="document-list__meta">
                  {kinds[document.contentType] ?? document.contentType} · {formatSize(document.sizeBytes)}
                </span>
                <button type="button" className="button" onClick={() => setDeleting(document)} aria-label={`Delete ${document.fileName}`}>
                  Delete
                </button>
              </li>
            ))}
          </ul>
        ))}
      <DocumentUploadForm onUploaded={reload} />
      {deleting && (
        <DeleteDocumentDialog
          document={deleting}
          onDone={() => {
            setDeleting(null);
            reload();
          }}
          onDismiss={() => setDeleting(null)}
        />
      )}
    </section>
  );
}

function DeleteDocumentDialog({ document, onDone, onDismiss }: { document: TravelDocumentView; onDone: () => void; onDismiss: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await deleteTravelDocument(document.id);
      onDone();
    } catch (failure) {
      // Deleted already (another tab): what the traveller asked for is done.
      if (failure instanceof ApiError && failure.status === 404) return onDone();
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      title="Delete this document?"
      confirmLabel="Delete document"
      dismissLabel="Keep it"
      busy={busy}
      busyLabel="Deleting…"
      failure={error !== null ? <ProblemAlert error={error} testId="document-delete-error" /> : undefined}
      onConfirm={confirm}
      onDismiss={onDismiss}
    >
      {document.fileName} will be removed from your account and from storage.
    </ConfirmDialog>
  );
}

function DocumentUploadForm({ onUploaded }: { onUploaded: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  // One key per chosen file: pressing Upload again after a lost answer files the document once.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    const form = event.currentTarget;
    setUploading(true);
    setError(null);
    setUploaded(null);
    try {
      const document = await uploadTravelDocument(file, idempotencyKey);
      setUploaded(document.fileName);
      setFile(null);
      setIdempotencyKey(crypto.randomUUID());
      form.reset();
      onUploaded();
    } catch (failure) {
      setError(failure);
    } finally {
      setUploading(false);
    }
  }

  // What the file declares is checked when the upload starts, what it really is (file) once it is in storage, and its
  // name (fileName) when it is filed: all of it is about the chosen file.
  const { byField, unmatched } = messagesByField(error instanceof ApiError ? error.problem : null, [
    'contentType',
    'contentLength',
    'file',
    'fileName',
  ]);
  const fieldErrors = [...(byField.contentType ?? []), ...(byField.contentLength ?? []), ...(byField.file ?? []), ...(byField.fileName ?? [])];

  return (
    <form className="account-form" onSubmit={upload} noValidate>
      <FormField id="travel-document" label="Add a document" hint="PDF, JPEG or PNG, at most 10 MB." errors={fieldErrors}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setIdempotencyKey(crypto.randomUUID());
              setError(null);
              setUploaded(null);
            }}
          />
        )}
      </FormField>
      {error !== null && fieldErrors.length === 0 && <ProblemAlert error={error} unmatchedMessages={unmatched} testId="document-upload-error" />}
      {uploaded && (
        <p role="status" data-testid="document-uploaded">
          {uploaded} is saved with your account.
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={!file || uploading}>
          {uploading ? 'Uploading…' : 'Upload document'}
        </button>
      </div>
    </form>
  );
}
