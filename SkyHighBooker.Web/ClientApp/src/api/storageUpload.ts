import { ApiError } from './http';

/** A pre-signed upload the Api handed out: where to send the file, and the headers its signature binds. */
export interface PresignedUpload {
  url: string;
  method: string;
  headers: Record<string, string>;
}

/** Sends the file straight to storage with the pre-signed request; a refusal or no answer is an ApiError like the Api's. */
export async function putToStorage(upload: PresignedUpload, file: File): Promise<void> {
  let response: Response;
  try {
    response = await fetch(upload.url, { method: upload.method, headers: upload.headers, body: file });
  } catch {
    throw new ApiError(0, null, 'The server could not be reached.');
  }
  if (!response.ok) throw new ApiError(response.status, null, `The upload failed with status ${response.status}.`);
}
