/** A bar chart in SVG, with the same figures as a table for screen readers. */
export function BarChart(props: { title: string; bars: { label: string; value: number }[]; format: (v: number) => string }) {
  const max = Math.max(1, ...props.bars.map((b) => b.value));
  const width = 640;
  const height = 220;
  const band = Math.min(80, props.bars.length ? width / props.bars.length : width);
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      {props.bars.length === 0 ? (
        <p class="hint">No transfers in this period.</p>
      ) : (
        <svg viewBox={`0 0 ${width} ${height + 40}`} role="img" aria-label={props.title}>
          {props.bars.map((b, i) => {
            const h = (Math.max(0, b.value) / max) * height;
            return (
              <g key={b.label}>
                <rect x={i * band + band * 0.15} y={height - h} width={band * 0.7} height={h} fill="#0f766e">
                  <title>{`${b.label}: ${props.format(b.value)}`}</title>
                </rect>
                <text x={i * band + band / 2} y={height + 18} text-anchor="middle" font-size="12" fill="#334155">
                  {b.label}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <table class="visually-hidden">
        <caption>{props.title}</caption>
        <tbody>
          {props.bars.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td>{props.format(b.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
