import type http from 'node:http';

/** A request body over the limit; the API answers it 413 PAYLOAD_TOO_LARGE. */
export class BodyTooLargeError extends Error {
  constructor(maxBytes: number) {
    super(`The request body is over ${maxBytes} bytes (MAX_BODY_BYTES).`);
  }
}

/**
 * Reads a request body as text, refusing one over `maxBytes` before reading it whole: at once
 * when its Content-Length says so, else as soon as the bytes received pass the limit.
 */
export async function readBody(req: http.IncomingMessage, maxBytes: number): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw new BodyTooLargeError(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLargeError(maxBytes);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
