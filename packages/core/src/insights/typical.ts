/** Age-based typical intervals, the weak prior the predictions lean on while a baby's own history is short. */
/**
 * Age-based typical wake windows, used only as a weak prior: figures as commonly given in
 * paediatric sleep guidance (e.g. the ranges summarised by the Sleep Foundation, 2023), which
 * rest on clinical experience more than on trials.
 */
export const typicalWakeWindowMs = (ageDays: number): number => {
  const table: [number, number][] = [
    [28, 50],
    [84, 75],
    [140, 100],
    [210, 135],
    [300, 165],
    [420, 210],
    [Number.POSITIVE_INFINITY, 300],
  ];
  return table.find(([max]) => ageDays < max)![1] * 60_000;
};

/** Age-based typical time from one feed to the next (AAP, HealthyChildren.org feeding guidance). */
export const typicalFeedIntervalMs = (ageDays: number): number => {
  const table: [number, number][] = [
    [30, 2.5],
    [90, 3],
    [180, 3.5],
    [365, 4],
    [Number.POSITIVE_INFINITY, 4.5],
  ];
  return table.find(([max]) => ageDays < max)![1] * 3600_000;
};
