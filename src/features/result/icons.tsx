/**
 * Small shapes that carry meaning next to a text label, so nothing on the result page is told by colour alone
 * and everything survives black-and-white printing. Always decorative: the label beside them says it in words.
 */
export type IconShape = 'star' | 'check' | 'triangle' | 'question' | 'cross' | 'dash' | 'info';

const line = { fill: 'none', stroke: 'currentColor', strokeWidth: 2.4, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

function Shape({ shape }: { shape: IconShape }) {
  switch (shape) {
    case 'star':
      return <path d="M12 2.8l2.8 5.9 6.4.8-4.7 4.4 1.2 6.4L12 17.1l-5.7 3.2 1.2-6.4-4.7-4.4 6.4-.8z" fill="currentColor" stroke="currentColor" strokeWidth={1.2} strokeLinejoin="round" />;
    case 'check':
      return <path d="M4.5 12.5l5 5 10-11" {...line} />;
    case 'triangle':
      return (
        <>
          <path d="M12 3.5l9 16H3z" {...line} />
          <path d="M12 10v4.5M12 17.2v.1" {...line} />
        </>
      );
    case 'question':
      return (
        <>
          <circle cx={12} cy={12} r={9.5} {...line} strokeWidth={2} strokeDasharray="3 2.6" />
          <path d="M9.3 9.3a2.8 2.8 0 1 1 3.9 2.6c-.8.4-1.2 1-1.2 1.9M12 16.9v.1" {...line} />
        </>
      );
    case 'cross':
      return <path d="M6 6l12 12M18 6L6 18" {...line} />;
    case 'dash':
      return <path d="M5 12h14" {...line} />;
    case 'info':
      return (
        <>
          <circle cx={12} cy={12} r={9.5} {...line} strokeWidth={2} />
          <path d="M12 11v6M12 7.2v.1" {...line} />
        </>
      );
  }
}

export function Icon({ shape, className }: { shape: IconShape; className?: string }) {
  return (
    <svg className={className === undefined ? 'icon' : `icon ${className}`} viewBox="0 0 24 24" width={20} height={20} aria-hidden="true" focusable="false">
      <Shape shape={shape} />
    </svg>
  );
}
