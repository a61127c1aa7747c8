/**
 * The timeline: day by day, every caregiver's entries with who logged them; tap one to change it,
 * delete with undo; filter by kind. Overlapping entries are marked, gently. It reads a week at a
 * time, so two years of entries open as fast as two days.
 */
import {
  babyAge,
  daySummary,
  type Entry,
  endOf,
  groupByDay,
  loggedKinds,
  overlappingIds,
  type RecordKind,
  referenceRanges,
  startOf,
} from "@attune/core";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { formatDay, formatDuration, formatTemperature, formatTime, formatVolume } from "../../format.ts";
import { useNow } from "../../local/live.ts";
import { entryById, useEntriesOfDays } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";
import { useSettings } from "../../settings/settings.ts";
import { useRefusals } from "../../sync/use-refusals.ts";
import { Sheet } from "../../ui/sheet.tsx";
import { Sources } from "../../ui/sources.tsx";
import { useToast } from "../../ui/toast.tsx";
import { EntryForm } from "../entry/entry-form.tsx";
import { entrySummary } from "../entry/summary.ts";

const _dayMs = 86_400_000;

/** Lower case without accents, so "bano" finds "Baño". */
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/** What a search looks through: the words an entry holds (notes, foods, symptoms, names). */
const textOf = (e: Entry): string =>
  fold(
    Object.entries(e.values)
      .filter(
        ([k, v]) => typeof v === "string" && !["babyId", "start", "end", "time", "sideStart"].includes(k),
      )
      .map(([, v]) => v as string)
      .join(" "),
  );

export const TimelineScreen = () => {
  const { t } = useTranslation();
  const settings = useSettings();
  const toast = useToast();
  const now = useNow(60_000);
  const { engine, baby, memberName } = useHousehold();
  const refusals = useRefusals();
  const unshared = useMemo(() => new Set(refusals.map((r) => r.recordId)), [refusals]);
  const [days, setDays] = useState(7);
  const [jump, setJump] = useState("");
  const [query, setQuery] = useState("");
  const [kind, setKind] = useState<RecordKind | "all">("all");
  const [editing, setEditing] = useState<Entry | null>(null);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const timeZone = baby?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  // /timeline?edit=<id>: open that entry's form at once (the notice of a refused change links here).
  const editId = params.get("edit");
  useEffect(() => {
    if (!editId) return;
    void entryById(engine.db, editId).then((entry) => {
      if (entry) setEditing(entry);
      setParams({}, { replace: true });
    });
  }, [editId, engine, setParams]);

  // A search looks through everything this phone holds; otherwise a week at a time.
  const oldestFirst = useEntriesOfDays(query.trim() ? 3650 : days, { kinds: loggedKinds });
  const entries = useMemo(() => oldestFirst && [...oldestFirst].reverse(), [oldestFirst]);

  const shown = useMemo(() => {
    const words = fold(query.trim());
    return (entries ?? []).filter(
      (e) => (kind === "all" || e.kind === kind) && (!words || textOf(e).includes(words)),
    );
  }, [entries, kind, query]);
  const overlaps = useMemo(
    () =>
      overlappingIds(
        (entries ?? []).flatMap((e) =>
          startOf(e) ? [{ id: e.id, kind: e.kind, babyId: e.values.babyId, start: e.at, end: endOf(e) }] : [],
        ),
        now,
      ),
    [entries, now],
  );
  const grouped = useMemo(() => groupByDay(shown, timeZone), [shown, timeZone]);
  // "Go to a day": load back to it, then bring it into view.
  const goTo = (day: string) => {
    setJump(day);
    if (!day) return;
    setQuery("");
    const needed = Math.ceil((Date.now() - Date.parse(`${day}T00:00:00Z`)) / _dayMs) + 2;
    if (needed > days) setDays(needed);
  };
  const jumpFound = !!jump && grouped.some((g) => g.day === jump);
  useEffect(() => {
    if (jumpFound) document.getElementById(`day-${jump}`)?.scrollIntoView({ block: "start" });
  }, [jumpFound, jump]);

  const remove = async (e: Entry) => {
    await engine.write(engine.writer.remove(e.id, e.kind, e.scope));
    toast({
      text: t("toast.deleted"),
      action: {
        label: t("common.undo"),
        run: () => void engine.write(engine.writer.restore(e.id, e.kind, e.scope)),
      },
    });
  };

  return (
    <div className="timeline">
      <h1>{t("timeline.title")}</h1>
      <fieldset className="filters">
        <legend className="visually-hidden">{t("timeline.filter")}</legend>
        {(["all", ...loggedKinds] as const).map((k) => (
          <button
            key={k}
            type="button"
            className={k === kind ? "chip active" : "chip"}
            aria-pressed={k === kind}
            onClick={() => setKind(k)}
          >
            {k === "all" ? t("timeline.all") : t(`kinds.${k}`)}
          </button>
        ))}
      </fieldset>
      <div className="timeline-tools">
        <label className="field">
          <span>{t("timeline.goTo")}</span>
          <input
            type="date"
            value={jump}
            max={new Date(now).toISOString().slice(0, 10)}
            onChange={(e) => goTo(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t("timeline.search")}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
      </div>
      {jump && entries && !jumpFound && !query && (
        <p className="hint" role="status">
          {t("timeline.nothingOn", { day: formatDay(jump, settings) })}
        </p>
      )}
      {query.trim() && entries && (
        <p className="hint" role="status">
          {t("timeline.found", { count: shown.length })}
        </p>
      )}
      <AgeRanges />
      {entries && !grouped.length && <p className="empty">{t("timeline.empty")}</p>}
      {grouped.map(({ day, entries: list }) => (
        <section key={day} className="day" aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`}>{formatDay(day, settings)}</h2>
          <DayLine entries={entries ?? []} day={day} timeZone={timeZone} now={now} />
          <ul>
            {list.map((e) => (
              <li
                key={e.id}
                className={`entry${overlaps.has(e.id) ? " overlapping" : ""}${unshared.has(e.id) ? " unshared" : ""}`}
                data-kind={e.kind}
              >
                <button
                  type="button"
                  className="entry-main"
                  onClick={() => (e.kind === "moment" ? navigate(`/moment/${e.id}`) : setEditing(e))}
                  aria-label={t("timeline.edit", {
                    what: t(`kinds.${e.kind}`),
                    time: formatTime(e.at, settings, timeZone),
                  })}
                >
                  <span className="entry-time">{formatTime(e.at, settings, timeZone)}</span>
                  <span className="entry-kind">{t(`kinds.${e.kind}`)}</span>
                  <span className="entry-summary">{entrySummary(e, settings, t, now)}</span>
                  {e.kind !== "note" && e.values.note && <span className="entry-note">{e.values.note}</span>}
                  <span className="entry-meta">
                    {memberName(e.author) ? t("now.by", { name: memberName(e.author) }) : ""}
                    {overlaps.has(e.id) ? ` · ${t("timeline.overlaps")}` : ""}
                    {unshared.has(e.id) ? ` · ${t("timeline.notShared")}` : ""}
                  </span>
                </button>
                <button
                  type="button"
                  className="icon-button delete"
                  onClick={() => void remove(e)}
                  aria-label={t("timeline.delete", { what: t(`kinds.${e.kind}`) })}
                >
                  {t("common.deleteShort")}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {entries && !query.trim() && (
        <button type="button" className="secondary more-days" onClick={() => setDays(days + 7)}>
          {t("timeline.earlier")}
        </button>
      )}
      {editing && (
        <Sheet title={t(`kinds.${editing.kind}`)} onClose={() => setEditing(null)}>
          <EntryForm kind={editing.kind as RecordKind} entry={editing} onDone={() => setEditing(null)} />
        </Sheet>
      )}
    </div>
  );
};

/** The day in numbers. */
const DayLine = ({
  entries,
  day,
  timeZone,
  now,
}: {
  entries: readonly Entry[];
  day: string;
  timeZone: string;
  now: number;
}) => {
  const { t } = useTranslation();
  const d = daySummary(entries, day, timeZone, now);
  const settings = useSettings();
  const minutes = (s: number) => Math.round(s / 60);
  const parts = [
    t("day.sleep", { time: formatDuration(d.sleepMs, t) }),
    d.feedEntries > d.feeds
      ? t("day.feedsMerged", { count: d.feeds, logged: d.feedEntries })
      : t("day.feeds", { count: d.feeds }),
    d.bottleMl ? t("day.bottle", { volume: formatVolume(d.bottleMl, settings, t) }) : "",
    d.breastLeftS || d.breastRightS
      ? t("day.breast", { left: minutes(d.breastLeftS), right: minutes(d.breastRightS) })
      : "",
    d.solids ? t("day.solids", { count: d.solids }) : "",
    t("day.wet", { count: d.wet }),
    t("day.dirty", { count: d.dirty }),
    d.diapers ? t("day.diapers", { count: d.diapers }) : "",
    d.medicines ? t("day.medicines", { count: d.medicines }) : "",
    d.pumpedMl ? t("day.pumped", { volume: formatVolume(d.pumpedMl, settings, t) }) : "",
    d.baths ? t("day.baths", { count: d.baths }) : "",
    d.highestTemperatureC !== undefined
      ? t("day.highestTemperature", { value: formatTemperature(d.highestTemperatureC, settings, t) })
      : "",
  ].filter(Boolean);
  return <p className="day-line">{parts.join(" · ")}</p>;
};

/** What most babies of this age do, once above the days, with the sources: ranges, not targets. */
const AgeRanges = () => {
  const { t } = useTranslation();
  const { baby } = useHousehold();
  if (!baby) return null;
  const age = babyAge(baby.birthDate, baby.dueDate, Date.now());
  const ranges = referenceRanges(age.correctedDays ?? age.days);
  if (!ranges.length) return null;
  return (
    <details className="ranges">
      <summary>{t("day.rangesTitle")}</summary>
      <ul>
        {ranges.map((r) => (
          <li key={r.metric}>
            {t(`day.range.${r.metric}`, { min: r.min, max: r.max })} <Sources ids={[r.source]} />
          </li>
        ))}
      </ul>
      <p className="hint">{t("day.rangesNote")}</p>
    </details>
  );
};
