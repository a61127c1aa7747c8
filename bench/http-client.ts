/**
 * A lean HTTP client for load generators: node:http over keep-alive connections. The global fetch
 * costs several times more CPU per request (streams, Headers objects), so a generator built on it
 * runs out of its own core before the server does.
 */
import { Agent, request } from "node:http";

export interface Answer {
  readonly status: number;
  readonly text: string;
  readonly header: (name: string) => string | undefined;
}

// FIFO: each request takes the connection idle longest, so the load spreads over all of them as it
// would over many phones' own. With the default (LIFO) a few connections carried nearly everything,
// and node's cluster hands a connection to one worker for its life: one of two workers answered
// 3,100 of 4,000 pushes.
const agent = new Agent({ keepAlive: true, maxSockets: 512, scheduling: "fifo" });

interface Options {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

/**
 * One request. A kept-alive connection the server closed as idle just as the request went out
 * fails with a reset; that request is sent once more on a fresh connection (what a generator sends
 * — pulls, and pushes, which the server takes twice harmlessly — may be repeated).
 */
export const httpRequest = (url: string, options: Options): Promise<Answer> =>
  once(url, options).catch((error: Error & { reused?: boolean }) => {
    if (error.reused) return once(url, options);
    throw error;
  });

const once = (url: string, { method = "GET", headers = {}, body }: Options): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        agent,
        headers: body === undefined ? headers : { ...headers, "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const value = (name: string) => {
            const v = res.headers[name.toLowerCase()];
            return Array.isArray(v) ? v.join(", ") : v;
          };
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString("utf8"),
            header: value,
          });
        });
        res.on("error", reject);
      },
    );
    req.on("error", (error: Error & { code?: string; reused?: boolean }) => {
      error.reused = req.reusedSocket && error.code === "ECONNRESET";
      reject(error);
    });
    if (body !== undefined) req.write(body);
    req.end();
  });
