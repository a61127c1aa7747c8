/**
 * Where this baby's need helper starts: in a household with other babies (an older sibling, a twin),
 * what their resolved moments taught, on top of the source prior (`householdPopulation`); otherwise
 * the source prior. Also the names of the babies it learned from, for the "why" line.
 */
import {
  householdPopulation,
  momentOf,
  type NeedPopulation,
  resolvedMoments,
  sourcePopulation,
} from "@attune/core/cues";
import { useMemo } from "react";
import { useKindEntries } from "../../local/records.ts";
import { useHousehold } from "../../session/session.tsx";

export const useHouseholdPopulation = (): { population: NeedPopulation; from: string[] } => {
  const { baby, household } = useHousehold();
  const all = useKindEntries("moment");
  return useMemo(() => {
    const others = household.babies.filter((b) => b.id !== baby?.id);
    if (!all || !baby || others.length === 0) return { population: sourcePopulation, from: [] };
    const learned = others
      .map((b) => ({
        name: b.name,
        moments: resolvedMoments(all.filter((e) => e.values.babyId === b.id).map(momentOf)),
      }))
      .filter((b) => b.moments.length > 0);
    return {
      population: householdPopulation(learned.map((b) => b.moments)),
      from: learned.map((b) => b.name),
    };
  }, [all, baby, household.babies]);
};
