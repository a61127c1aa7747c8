/** The app's frame: routes, the sync indicator, and the navigation at the bottom. */
import { isRecordKind, type LoggedKind, loggedKinds, type RecordKind } from "@attune/core/light";
import { lazy, Suspense, useEffect, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Navigate, NavLink, Route, Routes, useParams } from "react-router";
import { switchLanguage } from "./i18n/i18n.ts";
import { useNow } from "./local/live.ts";
import { LoginScreen, SignupScreen } from "./screens/auth/auth-screens.tsx";
import { NowScreen } from "./screens/now/now-screen.tsx";
import { JoinScreen, WelcomeScreen } from "./screens/welcome/welcome-screen.tsx";
import { HouseholdProvider, SessionProvider, useHousehold, useSessionContext } from "./session/session.tsx";
import { effectiveTheme, useSettings } from "./settings/settings.ts";
import { useRefusals } from "./sync/use-refusals.ts";
import { ToastProvider } from "./ui/toast.tsx";

// Screens other than Now load when first opened, with the validation code they need.
const TimelineScreen = lazy(() =>
  import("./screens/timeline/timeline-screen.tsx").then((m) => ({ default: m.TimelineScreen })),
);
const ForgotPasswordScreen = lazy(() =>
  import("./screens/auth/password-screens.tsx").then((m) => ({ default: m.ForgotPasswordScreen })),
);
const ResetPasswordScreen = lazy(() =>
  import("./screens/auth/password-screens.tsx").then((m) => ({ default: m.ResetPasswordScreen })),
);
const SettingsScreen = lazy(() =>
  import("./screens/settings/settings-screen.tsx").then((m) => ({ default: m.SettingsScreen })),
);

const ImportScreen = lazy(() =>
  import("./screens/import/import-screen.tsx").then((m) => ({ default: m.ImportScreen })),
);

const PatternsScreen = lazy(() =>
  import("./screens/patterns/patterns-screen.tsx").then((m) => ({ default: m.PatternsScreen })),
);

const MomentScreen = lazy(() =>
  import("./screens/moment/moment-screen.tsx").then((m) => ({ default: m.MomentScreen })),
);

const GuideScreen = lazy(() =>
  import("./screens/guide/guide-screen.tsx").then((m) => ({ default: m.GuideScreen })),
);

const PlayScreen = lazy(() =>
  import("./screens/play/play-screen.tsx").then((m) => ({ default: m.PlayScreen })),
);

const YouScreen = lazy(() => import("./screens/you/you-screen.tsx").then((m) => ({ default: m.YouScreen })));
const CalmScreen = lazy(() =>
  import("./screens/you/calm-screen.tsx").then((m) => ({ default: m.CalmScreen })),
);
const SelfChecksScreen = lazy(() =>
  import("./screens/you/self-checks.tsx").then((m) => ({ default: m.SelfChecksScreen })),
);
const SelfCheckForm = lazy(() =>
  import("./screens/you/self-checks.tsx").then((m) => ({ default: m.SelfCheckForm })),
);
const RotaScreen = lazy(() =>
  import("./screens/you/rota-screen.tsx").then((m) => ({ default: m.RotaScreen })),
);
const HelpScreen = lazy(() =>
  import("./screens/you/help-screen.tsx").then((m) => ({ default: m.HelpScreen })),
);
const LearnScreen = lazy(() => import("./learn/learn-screen.tsx").then((m) => ({ default: m.LearnScreen })));
const ArticleScreen = lazy(() =>
  import("./learn/learn-screen.tsx").then((m) => ({ default: m.ArticleScreen })),
);

const SyncIndicator = () => {
  const { t } = useTranslation();
  const { engine } = useHousehold();
  const status = useSyncExternalStore(
    (l) => engine.subscribe(l),
    () => engine.status,
  );
  // An entry the server would not take is never "all synced": it is on this phone only.
  const refused = useRefusals().length;
  const shown = refused && (status === "synced" || status === "pending") ? "refused" : status;
  return (
    <p className={`sync sync-${shown}`} role="status" data-testid="sync-status">
      {shown === "refused" ? t("sync.notShared", { count: refused }) : t(`sync.${status}`)}
    </p>
  );
};

/** /care/help, /care/rota and /care/calm now live under /you. */
const OldCarePlace = () => {
  const { place = "" } = useParams();
  return <Navigate to={["help", "rota", "calm"].includes(place) ? `/you/${place}` : "/you"} replace />;
};

/** Where a refused entry can be seen and put right: the moment itself, the timeline, or its screen. */
const ownScreens: { readonly [K in Exclude<RecordKind, LoggedKind>]: string } = {
  guide: "/guide",
  rota: "/you/rota",
  checkin: "/you",
  selfscreen: "/you/self-checks",
  intake: "/you/help",
  contact: "/you/help",
};
const refusedEntryPath = (kind: string, recordId: string): string | undefined =>
  !isRecordKind(kind)
    ? undefined
    : kind === "moment"
      ? `/moment/${recordId}`
      : (loggedKinds as readonly RecordKind[]).includes(kind)
        ? `/timeline?edit=${recordId}`
        : ownScreens[kind as keyof typeof ownScreens];

/** Changes the server would not take: said plainly, once, with why; they stay on this phone. */
const RefusalNotice = () => {
  const { t } = useTranslation();
  const { engine } = useHousehold();
  const refusals = useRefusals().filter((r) => !r.seen);
  if (!refusals.length) return null;
  const lines = [...new Map(refusals.map((r) => [`${r.kind}|${r.code}`, r])).values()].slice(0, 4);
  return (
    <section className="notice refusals" role="alert" data-testid="refusals">
      <strong>{t("sync.refused.title", { count: refusals.length })}</strong>
      <ul>
        {lines.map((r) => {
          const where = refusedEntryPath(r.kind, r.recordId);
          return (
            <li key={`${r.kind}|${r.code}`}>
              {t("sync.refused.item", {
                kind: t(`kinds.${r.kind}`, { defaultValue: r.kind }),
                reason: t(`sync.refused.reasons.${r.code}`, {
                  defaultValue: t("sync.refused.reasons.other"),
                }),
              })}{" "}
              {where && <NavLink to={where}>{t("sync.refused.open")}</NavLink>}
            </li>
          );
        })}
      </ul>
      <p>{t("sync.refused.kept")}</p>
      <button type="button" className="secondary" onClick={() => void engine.dismissRefusals()}>
        {t("sync.refused.ok")}
      </button>
    </section>
  );
};

/** For twins or siblings: which baby every screen shows, one tap away on every screen. */
const BabySwitch = () => {
  const { t } = useTranslation();
  const { household, baby, chooseBaby } = useHousehold();
  if (household.babies.length < 2) return null;
  return (
    <nav className="baby-switch" aria-label={t("babySwitch.label")}>
      {household.babies.map((b) => (
        <button
          key={b.id}
          type="button"
          className={b.id === baby?.id ? "chosen" : ""}
          aria-pressed={b.id === baby?.id}
          onClick={() => chooseBaby(b.id)}
        >
          {b.name}
        </button>
      ))}
    </nav>
  );
};

const Shell = () => {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <header className="top">
        <span className="brand-small">{t("app.name")}</span>
        <SyncIndicator />
      </header>
      <BabySwitch />
      <RefusalNotice />
      <main className="content">
        <Suspense fallback={<p className="loading">{t("common.loading")}</p>}>
          <Routes>
            <Route path="/" element={<NowScreen />} />
            <Route path="/timeline" element={<TimelineScreen />} />
            <Route path="/settings" element={<SettingsScreen />} />
            <Route path="/import" element={<ImportScreen />} />
            <Route path="/patterns" element={<PatternsScreen />} />
            <Route path="/moment/:id" element={<MomentScreen />} />
            <Route path="/guide" element={<GuideScreen />} />
            <Route path="/play" element={<PlayScreen />} />
            <Route path="/you" element={<YouScreen />} />
            <Route path="/you/calm" element={<CalmScreen />} />
            <Route path="/you/self-checks" element={<SelfChecksScreen />} />
            <Route path="/you/self-checks/:instrument" element={<SelfCheckForm />} />
            <Route path="/you/rota" element={<RotaScreen />} />
            <Route path="/you/help" element={<HelpScreen />} />
            {/* The addresses these screens had before they took the names people see. */}
            <Route path="/insights" element={<Navigate to="/patterns" replace />} />
            <Route path="/care" element={<Navigate to="/you" replace />} />
            <Route path="/care/screens/*" element={<Navigate to="/you/self-checks" replace />} />
            <Route path="/care/:place" element={<OldCarePlace />} />
            <Route path="/learn" element={<LearnScreen />} />
            <Route path="/learn/:id" element={<ArticleScreen />} />
            <Route path="/join" element={<JoinScreen signedIn />} />
            <Route path="/reset" element={<ResetPasswordScreen />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Suspense>
      </main>
      <nav className="bottom-nav" aria-label={t("nav.label")}>
        <NavLink to="/" end>
          {t("nav.now")}
        </NavLink>
        <NavLink to="/timeline">{t("nav.timeline")}</NavLink>
        <NavLink to="/patterns">{t("nav.patterns")}</NavLink>
        <NavLink to="/you">{t("nav.you")}</NavLink>
        <NavLink to="/settings">{t("nav.settings")}</NavLink>
      </nav>
    </div>
  );
};

const Gate = () => {
  const { t } = useTranslation();
  const { loaded } = useSessionContext();
  if (loaded.state === "loading") return <p className="loading">{t("common.loading")}</p>;
  if (loaded.state === "signed-out") {
    return (
      <Suspense fallback={<p className="loading">{t("common.loading")}</p>}>
        <Routes>
          <Route path="/signup" element={<SignupScreen />} />
          <Route path="/forgot" element={<ForgotPasswordScreen />} />
          <Route path="/reset" element={<ResetPasswordScreen />} />
          <Route path="/join" element={<JoinScreen signedIn={false} />} />
          <Route path="*" element={<LoginScreen />} />
        </Routes>
      </Suspense>
    );
  }
  if (loaded.state === "no-household") {
    return (
      <Suspense fallback={<p className="loading">{t("common.loading")}</p>}>
        <Routes>
          <Route path="/join" element={<JoinScreen signedIn />} />
          <Route path="/reset" element={<ResetPasswordScreen />} />
          <Route path="*" element={<WelcomeScreen />} />
        </Routes>
      </Suspense>
    );
  }
  return (
    <HouseholdProvider session={loaded.session} household={loaded.household}>
      <Shell />
    </HouseholdProvider>
  );
};

/** Keeps <html lang> and the theme in step with the settings and the hour. */
const Appearance = () => {
  const settings = useSettings();
  const now = useNow(60_000);
  const dark = typeof matchMedia !== "undefined" && matchMedia("(prefers-color-scheme: dark)").matches;
  useEffect(() => {
    void switchLanguage(settings.language);
    document.documentElement.lang = settings.language;
  }, [settings.language]);
  useEffect(() => {
    const theme = effectiveTheme(settings, new Date(now), dark);
    document.documentElement.dataset.theme = theme;
    const meta = document.querySelector('meta[name="theme-color"]');
    meta?.setAttribute("content", theme === "light" ? "#fbf7f2" : theme === "dark" ? "#1c1a18" : "#0d0a08");
  }, [settings, now, dark]);
  return null;
};

export const App = () => (
  <BrowserRouter>
    <Appearance />
    <ToastProvider>
      <SessionProvider>
        <Gate />
      </SessionProvider>
    </ToastProvider>
  </BrowserRouter>
);
