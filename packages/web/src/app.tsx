/** The app: the session decides what shows — logging in, starting a household, or the signed-in frame. */
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Route, Routes } from "react-router";
import { Appearance } from "./frame/appearance.tsx";
import { ForgotPasswordScreen, ResetPasswordScreen } from "./frame/lazy-screens.ts";
import { Shell } from "./frame/shell.tsx";
import { LoginScreen, SignupScreen } from "./screens/auth/auth-screens.tsx";
import { JoinScreen, WelcomeScreen } from "./screens/welcome/welcome-screen.tsx";
import { HouseholdProvider, SessionProvider, useSessionContext } from "./session/session.tsx";
import { ToastProvider } from "./ui/toast.tsx";

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
