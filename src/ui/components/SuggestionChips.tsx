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
    // A list of buttons: a button may not take the listitem role itself, so each sits in an item.
    <ul className="chips chips-list" aria-label={label}>
      {suggestions.map((text) => (
        <li key={text}>
          <button
            type="button"
            className={large ? 'chip chip-large' : 'chip'}
            disabled={disabled}
            onClick={() => onAsk(text)}
            data-testid={testId}
          >
            {text}
          </button>
        </li>
      ))}
    </ul>
  );
}
