/** The signed-in frame: the top bar, the baby switch, refused changes, every screen's route, the navigation. */
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, NavLink, Route, Routes, useParams } from "react-router";
import { NowScreen } from "../screens/now/now-screen.tsx";
import { JoinScreen } from "../screens/welcome/welcome-screen.tsx";
import { BabySwitch } from "./baby-switch.tsx";
import {
  ArticleScreen,
  CalmScreen,
  GuideScreen,
  HelpScreen,
  ImportScreen,
  LearnScreen,
  ListenScreen,
  MomentScreen,
  PatternsScreen,
  PlayScreen,
  ReportScreen,
  ResetPasswordScreen,
  RotaScreen,
  SelfCheckForm,
  SelfChecksScreen,
  SettingsScreen,
  TimelineScreen,
  YouScreen,
} from "./lazy-screens.ts";
import { ListeningBar } from "./listening-bar.tsx";
import { RefusalNotice } from "./refusal-notice.tsx";
import { SyncIndicator } from "./sync-indicator.tsx";

/** /care/help, /care/rota and /care/calm now live under /you. */
const OldCarePlace = () => {
  const { place = "" } = useParams();
  return <Navigate to={["help", "rota", "calm"].includes(place) ? `/you/${place}` : "/you"} replace />;
};

export const Shell = () => {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <header className="top">
        <span className="brand-small">{t("app.name")}</span>
        <SyncIndicator />
      </header>
      <BabySwitch />
      <ListeningBar />
      <RefusalNotice />
      <main className="content">
        <Suspense fallback={<p className="loading">{t("common.loading")}</p>}>
          <Routes>
            <Route path="/" element={<NowScreen />} />
            <Route path="/timeline" element={<TimelineScreen />} />
            <Route path="/settings" element={<SettingsScreen />} />
            <Route path="/import" element={<ImportScreen />} />
            <Route path="/patterns" element={<PatternsScreen />} />
            <Route path="/report" element={<ReportScreen />} />
            <Route path="/moment/:id" element={<MomentScreen />} />
            <Route path="/guide" element={<GuideScreen />} />
            <Route path="/play" element={<PlayScreen />} />
            <Route path="/listen" element={<ListenScreen />} />
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
