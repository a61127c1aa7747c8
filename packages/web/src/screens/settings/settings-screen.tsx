/** Settings: this phone's own choices, the households, people and babies, invites, your data, your account. */
import { canEditFamilyDetails } from "@attune/core/light";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { linkTo } from "../../api/client.ts";
import { useHousehold, useSessionContext } from "../../session/session.tsx";
import { AccountCard } from "./account-card.tsx";
import { BabiesCard } from "./babies-card.tsx";
import { HouseholdsCard } from "./households-card.tsx";
import { InviteCard } from "./invite-card.tsx";
import { PeopleCard } from "./people-card.tsx";
import { RemindersCard } from "./reminders-card.tsx";
import { SpreadsheetExport } from "./spreadsheet-export.tsx";
import { ThisPhoneCard } from "./this-phone-card.tsx";

export const SettingsScreen = () => {
  const { t } = useTranslation();
  const { household, engine } = useHousehold();
  const { reload } = useSessionContext();
  // The people and babies as they are now: someone may have joined since the app opened.
  useEffect(() => {
    void reload();
  }, [reload]);
  return (
    <div className="settings">
      <h1>{t("settings.title")}</h1>
      <ThisPhoneCard />
      <RemindersCard />
      <HouseholdsCard />
      <PeopleCard />
      <BabiesCard />
      {canEditFamilyDetails(household) && <InviteCard />}
      <section className="card" aria-labelledby="your-data">
        <h2 id="your-data">{t("settings.yourData")}</h2>
        <p>
          <a href={linkTo("GET /api/export")} download>
            {t("settings.export")}
          </a>
        </p>
        <p className="hint">{t("settings.exportHint")}</p>
        <SpreadsheetExport />
        {canEditFamilyDetails(household) && (
          <p>
            <Link to="/import">{t("settings.import")}</Link>
          </p>
        )}
        <p className="hint">{t("settings.syncState", { state: t(`sync.${engine.status}`) })}</p>
      </section>
      <AccountCard />
    </div>
  );
};
