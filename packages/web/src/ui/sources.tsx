/** Where a health statement comes from: its sources, named so a reader can look them up. */
import { type SourceId, sourceText } from "@attune/core/light";
import { useTranslation } from "react-i18next";

export const Sources = ({ ids, block = false }: { ids: readonly SourceId[]; block?: boolean }) => {
  const { t } = useTranslation();
  const text = t("common.source", { source: ids.map(sourceText).join("; ") });
  return block ? <p className="source">{text}</p> : <span className="source">{text}</span>;
};
