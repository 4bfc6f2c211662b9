import { type ComponentChildren, createContext } from "preact";
import { useContext, useEffect, useState } from "preact/hooks";
import { getJson } from "./client.ts";
import { useSession } from "./session.tsx";

/**
 * What the web app needs to know about the server it talks to, from GET /api/v1/health: above all whether it
 * runs in public mode (`tocsin serve --public`), where the app shows only the map, published alerts and public
 * evidence, and no editing control. The server refuses writes in public mode whatever the app shows (405
 * read-only): hiding the controls is for the reader, not the lock.
 */
export interface ServerInfo {
  /** False until the health answer arrives; pages may render meanwhile (as read-only: see `canEdit`). */
  known: boolean;
  publicMode: boolean;
  clearance: "public" | "internal" | "confidential";
  version: string;
}

interface Health {
  publicMode: boolean;
  clearance: ServerInfo["clearance"];
  version: string;
}

/** Until the server has answered, assume the most restrictive mode: no control flashes up and disappears. */
const UNKNOWN: ServerInfo = { known: false, publicMode: true, clearance: "public", version: "" };

const ServerInfoContext = createContext<ServerInfo>(UNKNOWN);

export function ServerInfoProvider(props: { children: ComponentChildren }) {
  const [info, setInfo] = useState<ServerInfo>(UNKNOWN);
  useEffect(() => {
    getJson<Health>("/api/v1/health").then(
      (h) => setInfo({ known: true, publicMode: h.publicMode, clearance: h.clearance, version: h.version }),
      // A server that does not answer its health check cannot take writes either: stay read-only.
      () => setInfo({ ...UNKNOWN, known: true }),
    );
  }, []);
  return <ServerInfoContext.Provider value={info}>{props.children}</ServerInfoContext.Provider>;
}

export function useServerInfo(): ServerInfo {
  return useContext(ServerInfoContext);
}

/** The roles that may write (the policy's ROLE_FOR.write is analyst: src/domain/auth/policy.ts). */
const WRITING_ROLES: readonly string[] = ["analyst", "reviewer", "admin"];

/**
 * Whether pages may show editing controls, drafts and the review queue: not in the public edition, and only
 * to a caller whose role may write (a viewer sees no write button; open local mode acts as admin). False until
 * both the server and the session have answered. The server refuses what the role may not do whatever this says.
 */
export function useCanEdit(): boolean {
  const info = useServerInfo();
  const session = useSession();
  return info.known && !info.publicMode && session !== null && WRITING_ROLES.includes(session.role ?? "");
}
