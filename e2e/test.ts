import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * Playwright's `test`, watched for security and robustness failures: every
 * test fails if any page of its browser context reported a
 * Content-Security-Policy violation or an uncaught error (exception or
 * unhandled rejection). Specs import `test` and `expect` from here.
 */
export * from '@playwright/test';

interface Problems {
  violations: string[];
  pageErrors: string[];
}

const REPORT_BINDING = '__reportSecurityPolicyViolation';

/** In every document, before its own scripts: forward each violation to the test. */
function listenForViolations(binding: string): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    const report = (window as unknown as Record<string, (text: string) => void>)[binding];
    const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
    report?.(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${where}`);
  });
}

async function watch(context: BrowserContext, problems: Problems): Promise<void> {
  await context.exposeBinding(REPORT_BINDING, (_source, text: string) => {
    problems.violations.push(text);
  });
  await context.addInitScript(listenForViolations, REPORT_BINDING);
  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => problems.pageErrors.push(`${page.url()}: ${error.stack ?? error.message}`));
    // Violations the document cannot see (a worker's, one during parsing) still reach the console.
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text()) && message.type() !== 'info') {
        problems.violations.push(`console: ${message.text()}`);
      }
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
}

export const test = base.extend<{ securityWatch: void }>({
  securityWatch: [
    async ({ context }, use) => {
      const problems: Problems = { violations: [], pageErrors: [] };
      await watch(context, problems);
      await use();
      expect(problems.violations, 'Content-Security-Policy violations').toEqual([]);
      expect(problems.pageErrors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

