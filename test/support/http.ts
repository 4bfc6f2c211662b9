import { after, before } from "node:test";
import type { Sensitivity } from "../../src/domain/evidence/sensitivity.ts";
import { createHttpApp } from "../../src/http/server.ts";
import { disposeStore, freshPGlite, type TestStore } from "./stores.ts";

export type HttpApp = ReturnType<typeof createHttpApp>;

export interface Reply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers of many shapes.
  body: any;
}

export interface Harness {
  store: TestStore;
  app: HttpApp;
  /** Another app over the same store, started with other options (public mode, a lower clearance). */
  appWith(options: {
    clearance?: Sensitivity;
    publicMode?: boolean;
    log?: (line: string) => void;
    webDir?: string;
  }): HttpApp;
  call(method: string, path: string, options?: CallOptions): Promise<Reply>;
}

export interface CallOptions {
  json?: unknown;
  headers?: Record<string, string>;
  body?: BodyInit;
  app?: HttpApp;
}

/**
 * One fresh PGlite store and one HTTP app (clearance confidential) for a whole test file: opening a store
 * costs about a second, so a file's tests share it and create the records they need.
 */
export function httpHarness(): () => Harness {
  let harness: Harness | undefined;
  before(async () => {
    const store = await freshPGlite();
    const app = createHttpApp(store.app, { clearance: "confidential", publicMode: false });
    harness = {
      store,
      app,
      appWith: (o) =>
        createHttpApp(store.app, {
          clearance: o.clearance ?? "confidential",
          publicMode: o.publicMode ?? false,
          log: o.log,
          webDir: o.webDir,
        }),
      call: (method, path, options = {}) => call(options.app ?? app, method, path, options),
    };
  });
  after(async () => {
    if (harness) await disposeStore(harness.store);
  });
  return () => {
    if (!harness) throw new Error("harness not ready");
    return harness;
  };
}

export async function call(
  app: HttpApp,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers["content-type"] ??= "application/json";
  }
  const res = await app.request(path, { method, headers, body });
  const type = res.headers.get("content-type") ?? "";
  const parsed = type.includes("json") ? await res.json() : res.status === 204 ? null : await res.text();
  return { status: res.status, headers: res.headers, body: parsed };
}

/** Creates a record through the API and returns it; throws (failing the test) unless the answer is 201. */
export async function create(
  h: Harness,
  plural: string,
  json: unknown,
  headers: Record<string, string> = {},
) {
  const reply = await h.call("POST", `/api/v1/${plural}`, { json, headers });
  if (reply.status !== 201) throw new Error(`POST ${plural}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

/** A small fictional world for tests that need references: a source, an actor, a group and a situation. */
export async function seedWorld(h: Harness, sensitivity = "public") {
  const source = await create(h, "sources", {
    kind: "organisation",
    name: "Fictional Monitor",
    reliability: "B",
    contact: "secret line",
    sensitivity,
  });
  const other = await create(h, "sources", {
    kind: "publication",
    name: "Fictional Gazette",
    reliability: "D",
    sensitivity,
  });
  const actor = await create(h, "actors", { name: "Fictional Militia", kind: "militia", sensitivity });
  const group = await create(h, "groups", { name: "Fictional Highlanders", kind: "ethnic", sensitivity });
  const situation = await create(h, "situations", {
    name: "Fictional North",
    country: "ATA",
    targetedGroupIds: [group.id],
    perpetratorIds: [actor.id],
    sensitivity,
  });
  return { source, other, actor, group, situation };
}
