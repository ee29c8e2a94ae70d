import { SeverityLook } from '../../../lib/severityLooks';

/**
 * SVG fill patterns, one per severity: solid, stripes, dots or a grid over the
 * severity's colour, so stacked bars are told apart without colour too. Referenced as
 * `url(#<id>)`.
 */
export function SeverityPatterns(props: {
  patterns: Array<{ id: string; look: SeverityLook }>;
}) {
  return (
    <defs>
      {props.patterns.map(({ id, look }) => (
        <pattern
          key={id}
          id={id}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform={look.pattern === 'stripes' ? 'rotate(45)' : ''}
        >
          <rect width={6} height={6} fill={look.color} />
          {look.pattern === 'stripes' && (
            <rect width={2} height={6} fill="#fff" fillOpacity={0.7} />
          )}
          {look.pattern === 'dots' && (
            <circle cx={3} cy={3} r={1.2} fill="#fff" fillOpacity={0.8} />
          )}
          {look.pattern === 'grid' && (
            <path
              d="M0 0H6M0 0V6"
              stroke="#fff"
              strokeOpacity={0.8}
              strokeWidth={1.5}
            />
          )}
        </pattern>
      ))}
    </defs>
  );
}
