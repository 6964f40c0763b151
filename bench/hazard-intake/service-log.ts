/** The service's log lines at warn (40) or above, counted by message, from its pino JSON output. */
export function warningsIn(output: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line);
      if (entry.level < 40) continue;
      const key = `${entry.level >= 50 ? 'error' : 'warn'}: ${String(entry.msg ?? entry.message).slice(0, 120)}`;
      counts[key] = (counts[key] ?? 0) + 1;
    } catch {
      counts['unparsed output line'] = (counts['unparsed output line'] ?? 0) + 1;
    }
  }
  return counts;
}
