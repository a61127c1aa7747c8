/** The household's people and what can be done about them: the data behind the people card. */
import type { Role } from "@attune/core/light";
import { type ApiResult, call } from "../../api/client.ts";
import { useHousehold, useSessionContext } from "../../session/session.tsx";

export const useMembers = () => {
  const { household, session } = useHousehold();
  const { reload } = useSessionContext();
  const householdId = household.id;
  /** Once the server has taken a change, every screen shows it. */
  const then = async <T>(res: ApiResult<T>) => {
    if (res.ok) await reload();
    return res;
  };
  const change = (userId: string, body: { role?: Role; accessUntil?: string | null }) =>
    call("PATCH /api/households/:householdId/members/:userId", {
      params: { householdId, userId },
      body,
    }).then(then);
  const remove = (userId: string) =>
    call("DELETE /api/households/:householdId/members/:userId", { params: { householdId, userId } }).then(
      then,
    );
  return {
    members: household.members,
    changeRole: (userId: string, role: Role) => change(userId, { role }),
    changeAccess: (userId: string, accessUntil: string | null) => change(userId, { accessUntil }),
    remove,
    leave: () => remove(session.user.id),
  };
};
