/** Suggested questions as large chips: a question asked by one tap. */
export function SuggestionChips({
  suggestions,
  label,
  onAsk,
  disabled = false,
  large = false,
  testId,
}: {
  suggestions: readonly string[];
  label: string;
  onAsk(text: string): void;
  disabled?: boolean;
  large?: boolean;
  testId: string;
}) {
  return (
    <div className="chips" role="list" aria-label={label}>
      {suggestions.map((text) => (
        <button
          type="button"
          role="listitem"
          key={text}
          className={large ? 'chip chip-large' : 'chip'}
          disabled={disabled}
          onClick={() => onAsk(text)}
          data-testid={testId}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
