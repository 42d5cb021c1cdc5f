interface BadgeProps {
  tone: 'neutral' | 'info' | 'success' | 'muted';
  children: string;
}

export function Badge({ tone, children }: BadgeProps) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
