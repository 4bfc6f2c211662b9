import type { ComponentChildren } from "preact";
import type { Loaded } from "../api/use-api.ts";

/** Shows a load's progress or its error, and its content once ready. */
export function Show<T>(props: {
  loaded: Loaded<T>;
  what: string;
  children: (data: T) => ComponentChildren;
}) {
  const { loaded, what } = props;
  if (loaded.state === "loading")
    return (
      <p class="muted" aria-busy="true">
        Loading {what}…
      </p>
    );
  if (loaded.state === "error")
    return (
      <p class="error" role="alert">
        Could not load {what}: {loaded.error.message}
      </p>
    );
  return <>{props.children(loaded.data)}</>;
}
