/** The household's babies and saving one: the data behind the baby form, apart from the screens. */
import type { BabyDetails } from "@attune/core/light";
import { type ApiProblem, type ApiResult, call } from "../../api/client.ts";
import { useHousehold, useSessionContext } from "../../session/session.tsx";
import type { Baby } from "../../session/types.ts";

/** What the baby form does with details that keep the rules: saves them, or gives back why not. */
export type SubmitBaby = (details: BabyDetails) => Promise<ApiProblem | null>;

/** Adds a baby to a household, or changes one when `babyId` is given. */
export const saveBaby = (
  householdId: string,
  details: BabyDetails,
  babyId?: string,
): Promise<ApiResult<Baby>> =>
  babyId
    ? call("PATCH /api/households/:householdId/babies/:babyId", {
        params: { householdId, babyId },
        body: details,
      })
    : call("POST /api/households/:householdId/babies", { params: { householdId }, body: details });

export const useBabies = () => {
  const { household } = useHousehold();
  const { reload } = useSessionContext();
  return {
    babies: household.babies,
    /** Saves and, once the server has it, shows it on every screen. */
    save: async (details: BabyDetails, babyId?: string) => {
      const res = await saveBaby(household.id, details, babyId);
      if (res.ok) await reload();
      return res;
    },
  };
};
