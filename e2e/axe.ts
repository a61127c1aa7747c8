/** axe (WCAG 2.1 A and AA) on the page as it is: the serious and critical findings, one line each. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

export const seriousViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
};
