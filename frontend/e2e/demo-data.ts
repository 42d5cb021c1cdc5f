import { expect, type Page } from '@playwright/test';

/** Records of the demo data (CCH_DEMO_DATA=true) the scenarios read. */
export const demoStrategy = 'Kreislaufstadt Musterstadt 2030';
export const demoAnalysis = 'Stakeholderanalyse 2026';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Goes from the strategy list to the demo strategy's demo analysis, as a reader would. */
export async function openDemoAnalysis(page: Page): Promise<void> {
  await page.goto(`/strategies?q=${encodeURIComponent(demoStrategy)}`);
  await page.getByRole('link', { name: demoStrategy, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: demoStrategy })).toBeVisible();
  await page.getByRole('link', { name: demoAnalysis, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: demoAnalysis })).toBeVisible();
}
