/** The entry form, loaded when first opened: it brings the journal's validation with it. */
import { type ComponentProps, lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { withTexts } from "../../i18n/i18n.ts";

const Form = lazy(() => withTexts(import("./entry-form.tsx")).then((m) => ({ default: m.EntryForm })));

export const EntryForm = (props: ComponentProps<typeof Form>) => {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="loading">{t("common.loading")}</p>}>
      <Form {...props} />
    </Suspense>
  );
};
