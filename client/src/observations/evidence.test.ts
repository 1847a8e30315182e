import { describe, expect, test } from 'vitest';
import { evidenceKind, evidenceProblem, evidenceUrl, fileSize } from './evidence';

describe('evidenceKind', () => {
  test('should preview PNG, JPEG and WebP images', () => {
    expect(evidenceKind('image/png')).toBe('image');
    expect(evidenceKind('image/jpeg')).toBe('image');
    expect(evidenceKind('IMAGE/WEBP')).toBe('image');
  });

  test('should offer a PDF for download, parameters and all', () => {
    expect(evidenceKind('application/pdf')).toBe('pdf');
    expect(evidenceKind('application/pdf; charset=binary')).toBe('pdf');
  });

  test('should know nothing of other or missing types', () => {
    expect(evidenceKind('image/gif')).toBeNull();
    expect(evidenceKind('text/html')).toBeNull();
    expect(evidenceKind('')).toBeNull();
    expect(evidenceKind(null)).toBeNull();
    expect(evidenceKind(undefined)).toBeNull();
  });
});

describe('evidenceProblem', () => {
  test('should accept a screenshot or a PDF up to 10 MB', () => {
    expect(evidenceProblem({ size: 2048, type: 'image/png' })).toBeNull();
    expect(evidenceProblem({ size: 10 * 1024 * 1024, type: 'application/pdf' })).toBeNull();
  });

  test('should refuse a file over 10 MB before uploading it', () => {
    expect(evidenceProblem({ size: 10 * 1024 * 1024 + 1, type: 'image/jpeg' })).toBe('too_large');
  });

  test('should refuse a type the server would refuse, and leave an untyped file to the server', () => {
    expect(evidenceProblem({ size: 100, type: 'image/gif' })).toBe('wrong_type');
    expect(evidenceProblem({ size: 100, type: '' })).toBeNull();
  });
});

describe('evidence helpers', () => {
  test('should address the file by id', () => {
    expect(evidenceUrl(42)).toBe('/api/evidence/42');
  });

  test('should show sizes in KB under a megabyte, else in MB', () => {
    expect(fileSize(1536, 'en-US')).toBe('1.5 KB');
    expect(fileSize(3 * 1024 * 1024, 'zh-CN')).toBe('3 MB');
  });
});
