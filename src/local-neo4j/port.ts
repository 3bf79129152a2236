import net from 'node:net';

/**
 * True if nothing listens on the port at this address. Tested by binding it for a moment,
 * the only check that also catches a listener on the wildcard address.
 */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      // Other errors (EACCES…) are Neo4j's to report, with its own words.
      resolve(error.code !== 'EADDRINUSE');
    });
    probe.listen({ port, host, exclusive: true }, () => {
      probe.close(() => resolve(true));
    });
  });
}
