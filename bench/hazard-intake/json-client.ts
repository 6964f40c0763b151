import { Agent, request } from 'node:http';

/**
 * A lean JSON POST over kept-alive connections, for the intake without photos. The load generator
 * shares the machine's two cores with the service and Postgres, and fetch spends several times the CPU
 * of a plain http.request per call: what the generator spends, the service under test cannot.
 */
export function jsonPoster(baseUrl: string, sockets: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const url = new URL(baseUrl);
  return (path: string, token: string, body: unknown): Promise<{ status: number; body: unknown }> =>
    new Promise((resolve, reject) => {
      const payload = Buffer.from(JSON.stringify(body));
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path,
          headers: { 'content-type': 'application/json', 'content-length': payload.length, authorization: `Bearer ${token}` },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            try {
              parsed = text ? JSON.parse(text) : null;
            } catch {
              // not JSON: the text is the body
            }
            resolve({ status: res.statusCode ?? 0, body: parsed });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
}
