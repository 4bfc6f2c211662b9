import { useRoute } from "preact-iso";
import { useApi } from "../api/use-api.ts";
import { Show } from "../components/loaded.tsx";

interface Situation {
  id: string;
  name: string;
  country: string;
  description: string | null;
}

/** One situation. (Skeleton: name and description; the stages ladder, timeline and history follow.) */
export function SituationPage() {
  const { params } = useRoute();
  const situation = useApi<Situation>(`/api/v1/situations/${params.id}`);
  return (
    <Show loaded={situation} what="the situation">
      {(s) => (
        <article>
          <h1>{s.name}</h1>
          <p>{s.description}</p>
        </article>
      )}
    </Show>
  );
}
