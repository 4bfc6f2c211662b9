import type { Page } from "../api/client.ts";
import { useApi } from "../api/use-api.ts";
import { Show } from "../components/loaded.tsx";

interface SituationRow {
  id: string;
  name: string;
  country: string;
}

/** The home page. (Skeleton: the situations as a table; the world map replaces this.) */
export function MapPage() {
  const situations = useApi<Page<SituationRow>>("/api/v1/situations?limit=500");
  return (
    <section>
      <h1>Situations</h1>
      <Show loaded={situations} what="situations">
        {(page) => (
          <table>
            <thead>
              <tr>
                <th scope="col">Situation</th>
                <th scope="col">Country</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((s) => (
                <tr key={s.id}>
                  <td>
                    <a href={`/situations/${s.id}`}>{s.name}</a>
                  </td>
                  <td>{s.country}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Show>
    </section>
  );
}
