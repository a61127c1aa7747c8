/** The screens other than Now, each loaded when first opened with the validation code it needs. */
import { lazy } from "react";
import { withTexts } from "../i18n/i18n.ts";

export const TimelineScreen = lazy(() =>
  withTexts(import("../screens/timeline/timeline-screen.tsx")).then((m) => ({ default: m.TimelineScreen })),
);
export const ForgotPasswordScreen = lazy(() =>
  withTexts(import("../screens/auth/password-screens.tsx")).then((m) => ({
    default: m.ForgotPasswordScreen,
  })),
);
export const ResetPasswordScreen = lazy(() =>
  withTexts(import("../screens/auth/password-screens.tsx")).then((m) => ({ default: m.ResetPasswordScreen })),
);
export const SettingsScreen = lazy(() =>
  withTexts(import("../screens/settings/settings-screen.tsx")).then((m) => ({ default: m.SettingsScreen })),
);

export const ImportScreen = lazy(() =>
  withTexts(import("../screens/import/import-screen.tsx")).then((m) => ({ default: m.ImportScreen })),
);

export const PatternsScreen = lazy(() =>
  withTexts(import("../screens/patterns/patterns-screen.tsx")).then((m) => ({ default: m.PatternsScreen })),
);

export const MomentScreen = lazy(() =>
  withTexts(import("../screens/moment/moment-screen.tsx")).then((m) => ({ default: m.MomentScreen })),
);

export const GuideScreen = lazy(() =>
  withTexts(import("../screens/guide/guide-screen.tsx")).then((m) => ({ default: m.GuideScreen })),
);

export const PlayScreen = lazy(() =>
  withTexts(import("../screens/play/play-screen.tsx")).then((m) => ({ default: m.PlayScreen })),
);

export const YouScreen = lazy(() =>
  withTexts(import("../screens/you/you-screen.tsx")).then((m) => ({ default: m.YouScreen })),
);
export const CalmScreen = lazy(() =>
  withTexts(import("../screens/you/calm-screen.tsx")).then((m) => ({ default: m.CalmScreen })),
);
export const SelfChecksScreen = lazy(() =>
  withTexts(import("../screens/you/self-checks.tsx")).then((m) => ({ default: m.SelfChecksScreen })),
);
export const SelfCheckForm = lazy(() =>
  withTexts(import("../screens/you/self-checks.tsx")).then((m) => ({ default: m.SelfCheckForm })),
);
export const RotaScreen = lazy(() =>
  withTexts(import("../screens/you/rota-screen.tsx")).then((m) => ({ default: m.RotaScreen })),
);
export const HelpScreen = lazy(() =>
  withTexts(import("../screens/you/help-screen.tsx")).then((m) => ({ default: m.HelpScreen })),
);
export const LearnScreen = lazy(() =>
  withTexts(import("../learn/learn-screen.tsx")).then((m) => ({ default: m.LearnScreen })),
);
export const ArticleScreen = lazy(() =>
  withTexts(import("../learn/learn-screen.tsx")).then((m) => ({ default: m.ArticleScreen })),
);

export const ReportScreen = lazy(() =>
  withTexts(import("../screens/report/report-screen.tsx")).then((m) => ({ default: m.ReportScreen })),
);

export const ListenScreen = lazy(() =>
  withTexts(import("../screens/listen/listen-screen.tsx")).then((m) => ({ default: m.ListenScreen })),
);
