interface BadgeProps {
  tone: 'neutral' | 'info' | 'success' | 'warning' | 'muted';
  children: string;
}

export function Badge({ tone, children }: BadgeProps) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
