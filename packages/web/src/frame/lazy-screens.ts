/** The screens other than Now, each loaded when first opened with the validation code it needs. */
import { lazy } from "react";

export const TimelineScreen = lazy(() =>
  import("../screens/timeline/timeline-screen.tsx").then((m) => ({ default: m.TimelineScreen })),
);
export const ForgotPasswordScreen = lazy(() =>
  import("../screens/auth/password-screens.tsx").then((m) => ({ default: m.ForgotPasswordScreen })),
);
export const ResetPasswordScreen = lazy(() =>
  import("../screens/auth/password-screens.tsx").then((m) => ({ default: m.ResetPasswordScreen })),
);
export const SettingsScreen = lazy(() =>
  import("../screens/settings/settings-screen.tsx").then((m) => ({ default: m.SettingsScreen })),
);

export const ImportScreen = lazy(() =>
  import("../screens/import/import-screen.tsx").then((m) => ({ default: m.ImportScreen })),
);

export const PatternsScreen = lazy(() =>
  import("../screens/patterns/patterns-screen.tsx").then((m) => ({ default: m.PatternsScreen })),
);

export const MomentScreen = lazy(() =>
  import("../screens/moment/moment-screen.tsx").then((m) => ({ default: m.MomentScreen })),
);

export const GuideScreen = lazy(() =>
  import("../screens/guide/guide-screen.tsx").then((m) => ({ default: m.GuideScreen })),
);

export const PlayScreen = lazy(() =>
  import("../screens/play/play-screen.tsx").then((m) => ({ default: m.PlayScreen })),
);

export const YouScreen = lazy(() =>
  import("../screens/you/you-screen.tsx").then((m) => ({ default: m.YouScreen })),
);
export const CalmScreen = lazy(() =>
  import("../screens/you/calm-screen.tsx").then((m) => ({ default: m.CalmScreen })),
);
export const SelfChecksScreen = lazy(() =>
  import("../screens/you/self-checks.tsx").then((m) => ({ default: m.SelfChecksScreen })),
);
export const SelfCheckForm = lazy(() =>
  import("../screens/you/self-checks.tsx").then((m) => ({ default: m.SelfCheckForm })),
);
export const RotaScreen = lazy(() =>
  import("../screens/you/rota-screen.tsx").then((m) => ({ default: m.RotaScreen })),
);
export const HelpScreen = lazy(() =>
  import("../screens/you/help-screen.tsx").then((m) => ({ default: m.HelpScreen })),
);
export const LearnScreen = lazy(() =>
  import("../learn/learn-screen.tsx").then((m) => ({ default: m.LearnScreen })),
);
export const ArticleScreen = lazy(() =>
  import("../learn/learn-screen.tsx").then((m) => ({ default: m.ArticleScreen })),
);

export const ReportScreen = lazy(() =>
  import("../screens/report/report-screen.tsx").then((m) => ({ default: m.ReportScreen })),
);

export const ListenScreen = lazy(() =>
  import("../screens/listen/listen-screen.tsx").then((m) => ({ default: m.ListenScreen })),
);
