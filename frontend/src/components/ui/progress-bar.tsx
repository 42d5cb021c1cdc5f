interface ProgressBarProps {
  /** Percent, 0–100. */
  value: number;
  /** What progresses, e.g. "Fortschritt: Materialbörse". */
  label: string;
  /** The value as shown and announced, e.g. "60 % (3 von 5 Schritten)". */
  valueText: string;
}

/** A progress bar that also says its value in text, so that colour is never the only cue. */
export function ProgressBar({ value, label, valueText }: ProgressBarProps) {
  const clamped = Math.min(100, Math.max(0, value));
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped}
        aria-valuetext={valueText}
      >
        <div className="progress__fill" style={{ width: `${clamped}%` }} />
      </div>
      <span className="progress__text" aria-hidden="true">
        {valueText}
      </span>
    </div>
  );
}
