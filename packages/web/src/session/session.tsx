/**
 * The signed-in household: who is using the app, which household and baby, and its sync engine.
 * It starts from the server when it can and from the last cached copy when offline, so the app
 * opens at 3 a.m. with no network.
 */

import Dexie from "dexie";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { call, setCsrfToken } from "../api/client.ts";
import { journalName, LocalJournal } from "../local/db.ts";
import { deviceWriter, SyncEngine } from "../sync/engine.ts";
import type { HouseholdInfo, SessionInfo } from "./types.ts";

const sessionKey = "attune-session";
const householdKey = (id: string) => `attune-household-${id}`;
/** Which of the account's households this phone shows, and which baby of a household. */
const chosenHouseholdKey = (userId: string) => `attune-chosen-household-${userId}`;
const chosenBabyKey = (householdId: string) => `attune-chosen-baby-${householdId}`;

const cached = <T,>(key: string): T | null => {
  try {
    return JSON.parse(localStorage.getItem(key) ?? "null");
  } catch {
    return null;
  }
};

/**
 * A household this account is no longer in (it left, was removed, its helper access ended): its
 * copy on this phone goes too, so a former member does not keep the family's journal.
 */
const forgetLeftHouseholds = (session: SessionInfo) => {
  const kept = new Set(session.households.map((h) => h.householdId));
  const prefix = `attune-${session.user.id}-`;
  void indexedDB.databases?.().then((dbs) => {
    for (const { name } of dbs)
      if (name?.startsWith(prefix) && !kept.has(name.slice(prefix.length))) void Dexie.delete(name);
  });
  for (const key of Object.keys(localStorage))
    if (key.startsWith("attune-household-") && !kept.has(key.slice("attune-household-".length)))
      localStorage.removeItem(key);
};

/** After the account is deleted: nothing of it stays on this phone. */
export const forgetAccount = async (userId: string): Promise<void> => {
  const dbs = (await indexedDB.databases?.()) ?? [];
  await Promise.all(
    dbs.filter((d) => d.name?.startsWith(`attune-${userId}-`)).map((d) => Dexie.delete(d.name!)),
  );
  localStorage.removeItem(sessionKey);
  localStorage.removeItem(chosenHouseholdKey(userId));
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
  /** Shows another of the account's households on this phone. */
  chooseHousehold(householdId: string): Promise<void>;
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
    const res = await call("GET /api/session");
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
    if (res.ok) forgetLeftHouseholds(session);
    const preferred = localStorage.getItem(chosenHouseholdKey(session.user.id));
    const first = session.households.find((h) => h.householdId === preferred) ?? session.households[0];
    if (!first) {
      setLoaded({ state: "no-household", session });
      return;
    }
    const h = await call("GET /api/households/:householdId", { params: { householdId: first.householdId } });
    const household = h.ok ? h.value : cached<HouseholdInfo>(householdKey(first.householdId));
    if (h.ok) localStorage.setItem(householdKey(first.householdId), JSON.stringify(h.value));
    if (!household) {
      setLoaded({ state: "no-household", session });
      return;
    }
    setLoaded({ state: "ready", session, household });
  }, []);

  const signOut = useCallback(async () => {
    await call("POST /api/auth/logout");
    localStorage.removeItem(sessionKey);
    setCsrfToken(null);
    setLoaded({ state: "signed-out" });
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const chooseHousehold = useCallback(
    async (householdId: string) => {
      if (loaded.state !== "ready" && loaded.state !== "no-household") return;
      localStorage.setItem(chosenHouseholdKey(loaded.session.user.id), householdId);
      await reload();
    },
    [loaded, reload],
  );

  const value = useMemo(
    () => ({ loaded, reload, signOut, chooseHousehold }),
    [loaded, reload, signOut, chooseHousehold],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
};

interface HouseholdContextValue {
  readonly session: SessionInfo;
  readonly household: HouseholdInfo;
  readonly baby: HouseholdInfo["babies"][number] | undefined;
  /** Shows another baby of the household (twins, siblings) on this phone. */
  readonly chooseBaby: (babyId: string) => void;
  /** Whether a local record belongs on this baby's screens: its own, or not about a baby at all. */
  readonly ofBaby: (record: { readonly babyId: string }) => boolean;
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
  // Someone who joined since the household was loaded: load it again, once, to learn their name.
  const { reload } = useSessionContext();
  useEffect(() => {
    engine.onAccessEnded = () => void reload();
    engine.start();
    return () => engine.stop();
  }, [engine, reload]);
  const asked = useRef(new Set<string>());
  useEffect(
    () =>
      engine.subscribe(() => {
        const unknown = [...engine.authors].filter(
          (id) => !asked.current.has(id) && !household.members.some((m) => m.userId === id),
        );
        if (!unknown.length) return;
        for (const id of unknown) asked.current.add(id);
        void reload();
      }),
    [engine, household.members, reload],
  );
  const [babyId, setBabyId] = useState(() => localStorage.getItem(chosenBabyKey(household.id)));
  const baby = household.babies.find((b) => b.id === babyId) ?? household.babies[0];
  const chooseBaby = useCallback(
    (id: string) => {
      localStorage.setItem(chosenBabyKey(household.id), id);
      setBabyId(id);
    },
    [household.id],
  );
  const value = useMemo(
    () => ({
      session,
      household,
      baby,
      chooseBaby,
      ofBaby: (record: { readonly babyId: string }) => !record.babyId || record.babyId === baby?.id,
      engine,
      memberName: (userId: string | undefined) => household.members.find((m) => m.userId === userId)?.name,
    }),
    [session, household, baby, chooseBaby, engine],
  );
  return <HouseholdContext.Provider value={value}>{children}</HouseholdContext.Provider>;
};
