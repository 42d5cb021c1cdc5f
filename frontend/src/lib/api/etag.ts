/**
 * The entity tag to send as If-Match: the ETag header when the response exposes it (CORS
 * `Access-Control-Expose-Headers`), otherwise the quoted version, which is how the API builds it.
 */
export function etagOf(response: Response, version: number): string {
  return response.headers.get('ETag') ?? `"${version}"`;
}
