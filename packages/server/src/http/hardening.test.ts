/**
 * What every answer carries (a content security policy with no inline script and no framing,
 * nosniff, no referrer, no-store on the API, HSTS over HTTPS), and a request that trickles in too
 * slowly is cut off.
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempSqlite } from "../testing/databases.ts";
import { type Harness, startHarness } from "../testing/harness.ts";

describe("answers", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(tempSqlite(), { requestTimeoutMs: 1000 });
  });
  afterAll(() => h?.close());

  it("carry the security headers, and the API's are never cached", async () => {
    for (const url of ["/", "/api/health", "/api/session", "/api/nothing-here"]) {
      const res = await h.call(null, "GET", url);
      const csp = String(res.headers["content-security-policy"]);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["referrer-policy"]).toBe("no-referrer");
      expect(res.headers["strict-transport-security"]).toBeUndefined();
      if (url.startsWith("/api/")) expect(res.headers["cache-control"]).toBe("no-store");
    }
  });

  it("cut off a body that trickles in", async () => {
    await h.app.listen({ port: 0, host: "127.0.0.1" });
    const port = (h.app.server.address() as { port: number }).port;
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.write(
          "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{",
        );
        const drip = setInterval(() => socket.write(" "), 200);
        socket.on("close", () => clearInterval(drip));
      });
      let text = "";
      socket.on("data", (d) => {
        text += d;
      });
      socket.on("close", () => resolve(text));
      socket.on("error", () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe("answers over HTTPS", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(tempSqlite(), { secureCookies: true });
  });
  afterAll(() => h?.close());

  it("tell the browser to keep to HTTPS", async () => {
    const res = await h.call(null, "GET", "/api/health");
    expect(res.headers["strict-transport-security"]).toBe("max-age=31536000");
  });
});
