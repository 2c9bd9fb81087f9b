/** Renders a key combination such as ["Ctrl", "1"] as separate keycaps. */
export function Kbd({ keys, className, decorative = false }: { keys: readonly string[]; className?: string; decorative?: boolean }) {
  return (
    <span className={['kbd-combo', className ?? ''].join(' ')} aria-hidden={decorative || undefined}>
      {keys.map((k, i) => (
        <kbd key={i} className="kbd">
          {k}
        </kbd>
      ))}
    </span>
  );
}
