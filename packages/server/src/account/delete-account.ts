/**
 * Deleting an account removes the person and what is theirs alone: sessions, tokens, private
 * records, memberships, and households where nobody else is left. Household entries they logged
 * stay with the family. If they are the last owner of a household others still use, nothing is
 * deleted until they make someone else an owner.
 */
import { ApiError } from "../http/errors.ts";
import type { Services } from "../services.ts";
import {
  checkpointAfterDeletion,
  deleteAccountRows,
  deleteHouseholdData,
  householdsWithOthers,
} from "../store/deletion.ts";

export { deleteHouseholdData } from "../store/deletion.ts";

export const deleteAccount = async (services: Services, userId: string): Promise<void> => {
  await services.db.transaction().execute(async (tx) => {
    const households = await householdsWithOthers(tx, userId);
    const alone = households.filter((h) => !h.others.length).map((h) => h.householdId);
    const blocked = households
      .filter((h) => h.others.length && h.role === "owner" && !h.others.includes("owner"))
      .map((h) => h.householdId);
    if (blocked.length) {
      throw new ApiError(
        409,
        "last_owner",
        "You are the only owner of a household others use: make one of them an owner first",
        { households: blocked },
      );
    }
    for (const householdId of alone) await deleteHouseholdData(tx, householdId);
    await deleteAccountRows(tx, userId);
  });
  await afterDeletion(services);
};

/** After a deletion, nothing deleted stays readable in the database's files (see store/deletion.ts). */
export const afterDeletion = (services: Pick<Services, "db" | "dialect">): Promise<void> =>
  checkpointAfterDeletion(services.db, services.dialect);
