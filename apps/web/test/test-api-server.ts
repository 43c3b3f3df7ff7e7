/**
 * A real HTTP server on 127.0.0.1 for unit tests of code that calls the API: tests script its
 * answers and read back what the client really sent. Test support only; nothing in the app imports it.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Responder = (request: RecordedRequest, response: ServerResponse) => void;

export interface TestApiServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  requests: RecordedRequest[];
  /** Replaces the handler for the next requests. */
  respondWith(responder: Responder): void;
  /** Forgets recorded requests and goes back to answering `200 {}`. */
  reset(): void;
  close(): Promise<void>;
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

export async function startTestApiServer(): Promise<TestApiServer> {
  const requests: RecordedRequest[] = [];
  const defaultResponder: Responder = (_request, response) => sendJson(response, 200, {});
  let responder = defaultResponder;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      responder(recorded, res);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    respondWith(next) {
      responder = next;
    },
    reset() {
      requests.length = 0;
      responder = defaultResponder;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
