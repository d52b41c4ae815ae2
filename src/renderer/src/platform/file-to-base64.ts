import { ApiCallError } from '../api/client';

/** A chosen or dropped file's bytes as base64, the way every upload in the contract carries them. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new ApiCallError('INVALID_INPUT', `${file.name} could not be read.`));
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.readAsDataURL(file);
  });
}
