/**
 * A diagonal hatch as an SVG pattern, for a bar that is not final (the
 * running week): it differs from the other bars in texture, not only in
 * colour. Charts refer to it with fill="url(#id)".
 */
export function HatchPattern({ id, color }: { id: string; color: string }) {
  return (
    <svg className="chart-defs" aria-hidden="true" focusable="false" width="0" height="0">
      <defs>
        <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={color} strokeWidth="3" />
        </pattern>
      </defs>
    </svg>
  );
}
