import type { Situation, SituationInput } from "../../../domain/evidence/entities.ts";
import type { Sensitivity } from "../../../domain/evidence/sensitivity.ts";
import { storedFields } from "./common.ts";

type Row = Record<string, unknown>;

export function situationToRow(s: SituationInput) {
  return {
    name: s.name,
    country: s.country,
    region: s.region,
    description: s.description,
    targeted_group_ids: s.targetedGroupIds,
    perpetrator_ids: s.perpetratorIds,
    sensitivity: s.sensitivity,
  };
}

export function situationFromRow(r: Row): Situation {
  return {
    ...storedFields(r as never),
    name: r.name as string,
    country: r.country as string,
    region: r.region as string | null,
    description: r.description as string | null,
    targetedGroupIds: r.targeted_group_ids as string[],
    perpetratorIds: r.perpetrator_ids as string[],
    sensitivity: r.sensitivity as Sensitivity,
  };
}
