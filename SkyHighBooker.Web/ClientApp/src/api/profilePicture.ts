import { ApiError, sendJson } from './http';
import type { ProfilePictureUpload } from './types';

/**
 * Uploads a profile picture: the Api checks the type and size and hands out a pre-signed PUT URL, then the file
 * goes straight to storage with the headers the Api asked for.
 */
export async function uploadProfilePicture(file: File): Promise<void> {
  const upload = await sendJson<ProfilePictureUpload>('POST', '/api/me/profile-picture', {
    contentType: file.type,
    contentLength: file.size,
  });
  let response: Response;
  try {
    response = await fetch(upload.url, { method: upload.method, headers: upload.headers, body: file });
  } catch {
    throw new ApiError(0, null, 'The server could not be reached.');
  }
  if (!response.ok) throw new ApiError(response.status, null, `The upload failed with status ${response.status}.`);
}
