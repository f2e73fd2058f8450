import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, messagesByField, uploadProfilePicture } from '../../api';
import { FormField } from '../../components/FormField';
import { ProblemAlert } from '../../components/ProblemAlert';

interface ProfilePictureUploadProps {
  currentUrl: string | null;
  onUploaded: () => void;
}

/** Choose a picture, see it, upload it; the Api decides what it accepts and its messages show under the field. */
export function ProfilePictureUpload({ currentUrl, onUploaded }: ProfilePictureUploadProps) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [uploaded, setUploaded] = useState(false);

  useEffect(() => {
    if (!file) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  async function upload(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setUploading(true);
    setError(null);
    setUploaded(false);
    try {
      await uploadProfilePicture(file);
      setUploaded(true);
      setFile(null);
      onUploaded();
    } catch (failure) {
      setError(failure);
    } finally {
      setUploading(false);
    }
  }

  // What the file declares (contentType, contentLength) is checked when the upload starts, what it really is (file)
  // once it is in storage: all of it is about the chosen file.
  const { byField, unmatched } = messagesByField(error instanceof ApiError ? error.problem : null, [
    'contentType',
    'contentLength',
    'file',
  ]);
  const fieldErrors = [...(byField.contentType ?? []), ...(byField.contentLength ?? []), ...(byField.file ?? [])];
  const shown = preview ?? currentUrl;

  return (
    <section className="profile" aria-labelledby="picture-heading">
      <h2 id="picture-heading" className="profile__name">
        Profile picture
      </h2>
      <form className="picture-upload" onSubmit={upload} noValidate>
        {shown ? (
          <img className="avatar" src={shown} alt={preview ? 'Preview of your new profile picture' : 'Your profile picture'} />
        ) : (
          <div className="avatar" aria-hidden="true" />
        )}
        <div className="account-form">
          <FormField id="profile-picture" label="Choose a picture" hint="JPEG or PNG, at most 5 MB." errors={fieldErrors}>
            {(control) => (
              <input
                {...control}
                type="file"
                accept="image/jpeg,image/png"
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setError(null);
                  setUploaded(false);
                }}
              />
            )}
          </FormField>
          {error !== null && fieldErrors.length === 0 && (
            <ProblemAlert error={error} unmatchedMessages={unmatched} testId="picture-error" />
          )}
          {uploaded && (
            <p role="status" data-testid="picture-uploaded">
              Your profile picture is updated.
            </p>
          )}
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={!file || uploading}>
              {uploading ? 'Uploading…' : 'Upload picture'}
            </button>
          </div>
        </div>
      </form>
    </section>
  );
}
