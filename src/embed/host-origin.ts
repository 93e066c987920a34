/**
 * Which host page the widget talks to. The browser's own word (`location.ancestorOrigins`, in Chromium
 * and Safari) comes first; where it has none, the origin the loader named in `?host=`. Either must be
 * on the allow-list. Naming another origin gains a page nothing: the browser delivers the widget's
 * messages only to a parent of the named origin, and the widget reads only messages from it. A frame
 * with `referrerpolicy="no-referrer"` sees its ancestor as "null", which says nothing.
 */
export function chooseHostOrigin(
  ancestor: string | undefined,
  claimed: string | null,
  allowed: readonly string[],
): string | undefined {
  const known = ancestor === 'null' ? undefined : ancestor;
  const origin = known ?? claimed ?? undefined;
  return origin !== undefined && allowed.includes(origin) ? origin : undefined;
}
