import { sendJson } from './http';
import { putToStorage } from './storageUpload';
import type { ProfilePictureCompletionRequest, ProfilePictureUpload, UserProfile } from './types';

/**
 * Uploads a profile picture: the Api checks the declared type and size and hands out a pre-signed PUT URL, the file
 * goes straight to storage with the headers the Api asked for, and then the Api checks what really arrived (its size
 * and first bytes) before it becomes the picture. Its refusal ("not a JPEG or PNG image") comes back as an ApiError
 * naming the `file` field.
 */
export async function uploadProfilePicture(file: File): Promise<UserProfile> {
  const upload = await sendJson<ProfilePictureUpload>('POST', '/api/me/profile-picture', {
    contentType: file.type,
    contentLength: file.size,
  });
  await putToStorage(upload, file);
  const completion: ProfilePictureCompletionRequest = { uploadId: upload.uploadId };
  return sendJson<UserProfile>('PUT', '/api/me/profile-picture', completion);
}
