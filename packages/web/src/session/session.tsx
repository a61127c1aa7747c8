/**
 * The signed-in household: who is using the app, which household and baby, and its sync engine.
 * It starts from the server when it can and from the last cached copy when offline, so the app
 * opens at 3 a.m. with no network.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { api, setCsrfToken } from "../api/client.ts";
import { journalName, LocalJournal } from "../local/db.ts";
import { deviceWriter, SyncEngine } from "../sync/engine.ts";
import type { HouseholdInfo, SessionInfo } from "./types.ts";

const sessionKey = "attune-session";
const householdKey = (id: string) => `attune-household-${id}`;

const cached = <T,>(key: string): T | null => {
  try {
    return JSON.parse(localStorage.getItem(key) ?? "null");
  } catch {
    return null;
  }
};

export type Loaded =
  | { state: "loading" }
  | { state: "signed-out" }
  | { state: "no-household"; session: SessionInfo }
  | { state: "ready"; session: SessionInfo; household: HouseholdInfo };

interface SessionContextValue {
  readonly loaded: Loaded;
  /** Re-reads session and household from the server (after log-in, joining, changes). */
  reload(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export const useSessionContext = (): SessionContextValue => {
  const v = useContext(SessionContext);
  if (!v) throw new Error("SessionProvider missing");
  return v;
};

export const SessionProvider = ({ children }: { children: ReactNode }) => {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });

  const reload = useCallback(async () => {
    const res = await api<SessionInfo>("GET", "/api/session");
    let session: SessionInfo | null;
    if (res.ok) {
      session = res.value;
      localStorage.setItem(sessionKey, JSON.stringify(session));
    } else if (res.error.status === 0) {
      session = cached<SessionInfo>(sessionKey);
    } else {
      session = null;
      localStorage.removeItem(sessionKey);
    }
    if (!session) {
      setCsrfToken(null);
      setLoaded({ state: "signed-out" });
      return;
    }
    setCsrfToken(session.csrfToken);
    const first = session.households[0];
    if (!first) {
      setLoaded({ state: "no-household", session });
      return;
    }
    const h = await api<HouseholdInfo>("GET", `/api/households/${first.householdId}`);
    const household = h.ok ? h.value : cached<HouseholdInfo>(householdKey(first.householdId));
    if (h.ok) localStorage.setItem(householdKey(first.householdId), JSON.stringify(h.value));
    if (!household) {
      setLoaded({ state: "no-household", session });
      return;
    }
    setLoaded({ state: "ready", session, household });
  }, []);

  const signOut = useCallback(async () => {
    await api("POST", "/api/auth/logout");
    localStorage.removeItem(sessionKey);
    setCsrfToken(null);
    setLoaded({ state: "signed-out" });
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const value = useMemo(() => ({ loaded, reload, signOut }), [loaded, reload, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
};

interface HouseholdContextValue {
  readonly session: SessionInfo;
  readonly household: HouseholdInfo;
  readonly baby: HouseholdInfo["babies"][number] | undefined;
  readonly engine: SyncEngine;
  readonly memberName: (userId: string | undefined) => string | undefined;
}

const HouseholdContext = createContext<HouseholdContextValue | null>(null);

export const useHousehold = (): HouseholdContextValue => {
  const v = useContext(HouseholdContext);
  if (!v) throw new Error("HouseholdProvider missing");
  return v;
};

export const HouseholdProvider = ({
  session,
  household,
  children,
}: {
  session: SessionInfo;
  household: HouseholdInfo;
  children: ReactNode;
}) => {
  const engine = useMemo(
    () =>
      new SyncEngine(
        new LocalJournal(journalName(session.user.id, household.id)),
        household.id,
        deviceWriter(),
        session.user.id,
      ),
    [session.user.id, household.id],
  );
  useEffect(() => {
    engine.start();
    return () => engine.stop();
  }, [engine]);
  const value = useMemo(
    () => ({
      session,
      household,
      baby: household.babies[0],
      engine,
      memberName: (userId: string | undefined) => household.members.find((m) => m.userId === userId)?.name,
    }),
    [session, household, engine],
  );
  return <HouseholdContext.Provider value={value}>{children}</HouseholdContext.Provider>;
};
