/**
 * The entity tag to send as If-Match: the ETag header when the response exposes it (CORS
 * `Access-Control-Expose-Headers`), otherwise the quoted version, which is how the API builds it.
 */
export function etagOf(response: Response, version: number): string {
  return response.headers.get('ETag') ?? `"${version}"`;
}

/**
 * The entity tag of a record read from a list, whose items come without their own ETag header. The
 * API builds its tags the same way (the version in quotes).
 */
export function etagOfVersion(version: number): string {
  return `"${version}"`;
}
