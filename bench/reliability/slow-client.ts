/**
 * Slow clients, on a raw socket: one that sends its headers and never its body, and one that
 * never finishes its headers. Each resolves with what the server did and when.
 */
import net from 'node:net';

export interface SlowClientOutcome {
  /** The status line the server sent before closing, if any (Node sends 408 on a timeout). */
  readonly statusLine: string | undefined;
  /** Time from the first byte sent to the socket's close, in ms. */
  readonly closedAfterMs: number;
}

export type SlowClientKind = 'body never sent' | 'headers never finished';

/** Opens a socket to `port`, misbehaves as `kind` says, and waits until the server closes it. */
export function slowClient(port: number, kind: SlowClientKind, giveUpMs = 120_000): Promise<SlowClientOutcome> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    let started = 0;
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error(`The server kept a slow client (${kind}) for ${giveUpMs} ms.`));
    }, giveUpMs);
    socket.on('connect', () => {
      started = Date.now();
      const headers = 'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n';
      socket.write(kind === 'body never sent' ? `${headers}Content-Length: 1000\r\n\r\n{"query":` : headers);
    });
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(giveUp);
      resolve({ statusLine: received.split('\r\n')[0] || undefined, closedAfterMs: Date.now() - started });
    });
  });
}
