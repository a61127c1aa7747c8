/** The household's babies: add one, or change a baby's details and the time zone its days follow. */
import { canEditFamilyDetails } from "@attune/core/light";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useHousehold } from "../../session/session.tsx";
import type { Baby } from "../../session/types.ts";
import { BabyForm } from "../babies/baby-form.tsx";
import { useBabies } from "../babies/use-babies.ts";

export const BabiesCard = () => {
  const { t } = useTranslation();
  const { household } = useHousehold();
  const { babies, save } = useBabies();
  /** The baby being changed, or "new" while one is being added. */
  const [editing, setEditing] = useState<Baby | "new" | null>(null);
  if (!canEditFamilyDetails(household)) return null;
  const baby = editing === "new" ? undefined : (editing ?? undefined);
  return (
    <section className="card" aria-labelledby="babies">
      <h2 id="babies">{t("settings.babies")}</h2>
      <ul className="members">
        {babies.map((b) => (
          <li key={b.id}>
            <span>{b.name}</span>
            <button type="button" className="link" onClick={() => setEditing(b)}>
              {t("settings.editBaby", { name: b.name })}
            </button>
          </li>
        ))}
      </ul>
      {editing ? (
        <BabyForm
          key={baby?.id ?? "new"}
          baby={baby}
          withTimeZone
          submitLabel={t("common.save")}
          onCancel={() => setEditing(null)}
          onSubmit={async (details) => {
            const res = await save(details, baby?.id);
            if (!res.ok) return res.error;
            setEditing(null);
            return null;
          }}
        />
      ) : (
        <button type="button" className="secondary" onClick={() => setEditing("new")}>
          {t("settings.addBaby")}
        </button>
      )}
    </section>
  );
};
