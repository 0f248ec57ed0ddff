/** axe-core, loaded as the classic script it ships as, into a given window. */
interface AxeResult {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown; failureSummary?: string }> }>;
}
interface Axe {
  run(context: Element | Document, options?: object): Promise<AxeResult>;
}

export async function loadAxe(win: Window = window): Promise<Axe> {
  const w = win as Window & { axe?: Axe };
  if (!w.axe) {
    const source = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    const script = w.document.createElement('script');
    script.textContent = source;
    w.document.head.append(script);
  }
  return w.axe!;
}

/** Runs axe and returns its violations in a form that reads well in a failed assertion. */
export async function axeViolations(context: Element | Document, win: Window = window): Promise<string[]> {
  const axe = await loadAxe(win);
  const result = await axe.run(context, { resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')} ${v.nodes[0]?.failureSummary ?? ''}`,
  );
}
