import assert from "node:assert/strict";
import { connect } from "node:net";
import { test } from "node:test";
import { Hono } from "hono";
import { disposeStore, freshPGlite } from "../../test/support/stores.ts";
import { problemResponse, toProblem } from "./problem.ts";
import { startServer } from "./server.ts";
import { readTimeout } from "./timeouts.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function slowApp(readMs: number) {
  const app = new Hono();
  app.use("/api/*", readTimeout({ headersMs: 1000, idleMs: 1000, readMs }));
  app.get("/api/v1/slow", async (c) => {
    await sleep(300);
    return c.text("late");
  });
  app.post("/api/v1/slow", async (c) => {
    await sleep(300);
    return c.text("written");
  });
  app.get("/api/v1/backup", async (c) => {
    await sleep(300);
    return c.text("archive");
  });
  app.onError((e, c) => problemResponse(c, toProblem(e, c.req.path)));
  return app;
}

test("a read whose handler outlasts the limit gets a 503 that says what to do; writes and long reads run on", async () => {
  const app = slowApp(50);
  const read = await app.request("/api/v1/slow");
  assert.equal(read.status, 503);
  assert.match((await read.json()).detail, /longer than 0.05 s: narrow the request/);
  const write = await app.request("/api/v1/slow", { method: "POST" });
  assert.equal(write.status, 200, "a write is never cut short by a timer");
  assert.equal(await write.text(), "written");
  const backup = await app.request("/api/v1/backup");
  assert.equal(await backup.text(), "archive", "the backup streams as long as it takes");
  assert.equal(
    await (await slowApp(1000).request("/api/v1/slow")).text(),
    "late",
    "within the limit: answered",
  );
});

/** Opens a raw connection, writes `head`, and resolves with how long the server took to close it. */
function closedAfter(port: number, head: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, "127.0.0.1", () => socket.write(head));
    socket.on("data", () => {});
    socket.on("error", () => {});
    socket.on("close", () => resolve(Date.now() - started));
    setTimeout(() => reject(new Error("the server kept the connection open")), 20_000).unref();
  });
}

test("tocsin serve cuts off headers sent too slowly and a body that stalls, not a body that keeps coming", async () => {
  const store = await freshPGlite();
  const server = await startServer(store.app, {
    port: 0,
    host: "127.0.0.1",
    clearance: "confidential",
    publicMode: false,
    limits: { headersMs: 400, idleMs: 2000, readMs: 5000 },
  });
  const port = Number(new URL(server.url).port);
  try {
    // Slowloris: a request line and part of the headers, then nothing.
    const slowHeaders = await closedAfter(port, "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n");
    assert.ok(slowHeaders < 5000, `closed after ${slowHeaders} ms`);
    // A body announced at 1 MB of which 10 bytes come: the idle limit closes it.
    const stalled = await closedAfter(
      port,
      'POST /api/v1/groups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{"name":"',
    );
    assert.ok(stalled >= 1900 && stalled < 10_000, `closed after ${stalled} ms`);
    // A body that keeps coming for longer than either limit is read to the end and answered.
    const body = JSON.stringify({
      name: "Fictional slow upload group",
      kind: "ethnic",
      sensitivity: "public",
    });
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, "127.0.0.1", async () => {
        socket.write(
          `POST /api/v1/groups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
        );
        for (const ch of body.slice(0, 12)) {
          socket.write(ch);
          await sleep(250); // 3 s in all: longer than both limits, never idle for either
        }
        socket.write(body.slice(12));
      });
      let out = "";
      socket.on("data", (d) => {
        out += d;
      });
      socket.on("end", () => resolve(out));
      socket.on("error", reject);
    });
    assert.match(answer, /^HTTP\/1.1 201/);
  } finally {
    await server.close();
    await disposeStore(store);
  }
});
