import { getJson, sendJson } from './http';
import { putToStorage } from './storageUpload';
import type { TravelDocumentFilingRequest, TravelDocumentUpload, TravelDocumentUploadRequest, TravelDocumentView } from './types';

const documentPath = (id: string) => `/api/me/documents/${encodeURIComponent(id)}`;

/** The signed-in user's travel documents, newest first, each with a download link valid for a few minutes. */
export function listTravelDocuments(signal?: AbortSignal): Promise<TravelDocumentView[]> {
  return getJson<TravelDocumentView[]>('/api/me/documents', undefined, signal);
}

/**
 * Uploads a passport or visa scan the way profile pictures go: the Api checks the declared type and size and hands
 * out a pre-signed PUT, the file goes straight to storage, and filing it has the Api check what really arrived (its
 * size and first bytes) before it is listed. Filing takes the Idempotency-Key, so a retry with the same key files
 * the document once; a refusal ("not a PDF, JPEG or PNG") comes back as an ApiError naming the `file` field.
 */
export async function uploadTravelDocument(file: File, idempotencyKey: string): Promise<TravelDocumentView> {
  const start: TravelDocumentUploadRequest = { contentType: file.type, contentLength: file.size };
  const upload = await sendJson<TravelDocumentUpload>('POST', '/api/me/documents/uploads', start);
  await putToStorage(upload, file);
  const filing: TravelDocumentFilingRequest = { uploadId: upload.uploadId, fileName: file.name };
  return sendJson<TravelDocumentView>('POST', '/api/me/documents', filing, undefined, { 'Idempotency-Key': idempotencyKey });
}

export function deleteTravelDocument(id: string): Promise<void> {
  return sendJson('DELETE', documentPath(id));
}
