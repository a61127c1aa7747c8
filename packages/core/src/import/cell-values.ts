/** Values as exports write them in their cells: durations (`01h08m`, `43m28s`, `11:24`, minutes), amounts, colours. */

export const parseDuration = (text: string): number | undefined => {
  const t = text.trim().toLowerCase();
  if (!t) return undefined;
  const units = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?$/.exec(t);
  if (units && (units[1] || units[2] || units[3])) {
    return Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0);
  }
  const clock = /^(\d+):(\d{2})$/.exec(t);
  if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60;
  const minutes = Number(t.replace(",", "."));
  return Number.isFinite(minutes) && minutes >= 0 ? Math.round(minutes * 60) : undefined;
};

/** An amount with its unit (`140ml`, `4 oz`, `4.5oz`) in millilitres. */
export const parseVolumeMl = (text: string, defaultUnit: "ml" | "oz" = "ml"): number | undefined => {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(ml|oz|fl oz)?\s*$/i.exec(text);
  if (!m) return undefined;
  const value = Number(m[1]!.replace(",", "."));
  const unit = (m[2]?.toLowerCase() ?? defaultUnit).replace("fl ", "");
  return Math.round((unit === "oz" ? value * 29.5735 : value) * 10) / 10;
};
