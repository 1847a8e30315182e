import { MAX_EVIDENCE_BYTES } from '../../../shared/compliance-schemas';

/** What the file picker offers: the types the server accepts (it checks the content, not the name). */
export const EVIDENCE_ACCEPT = 'image/png,image/jpeg,image/webp,application/pdf';
const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

export type EvidenceKind = 'image' | 'pdf';

/** How a piece of evidence is shown: an image is previewed, a PDF offered for download; null when unknown or absent. */
export function evidenceKind(contentType: string | null | undefined): EvidenceKind | null {
  const type = contentType?.split(';')[0].trim().toLowerCase();
  if (!type) return null;
  if (IMAGE_TYPES.includes(type)) return 'image';
  return type === 'application/pdf' ? 'pdf' : null;
}

/** The bytes of an evidence file (same company only; PDFs arrive as attachments). */
export const evidenceUrl = (id: number) => `/api/evidence/${id}`;

/**
 * Why a picked file would be refused before uploading it, or null to send it. A file the browser
 * could not type (empty type) goes to the server, which sniffs the content.
 */
export function evidenceProblem(file: { size: number; type: string }): 'too_large' | 'wrong_type' | null {
  if (file.size > MAX_EVIDENCE_BYTES) return 'too_large';
  if (file.type && !evidenceKind(file.type)) return 'wrong_type';
  return null;
}

/** 12.3 KB, 4.5 MB: a file size in the UI's locale. */
export function fileSize(bytes: number, locale: string): string {
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}
