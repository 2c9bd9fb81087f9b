import { useState } from 'react';

/**
 * A text field's value that follows the saved setting: when the saved value changes (here, in
 * another window, from the CLI) the field shows it again, unless it is the same.
 */
export function useSavedText(saved: string): [string, (text: string) => void] {
  const [text, setText] = useState(saved);
  const [shown, setShown] = useState(saved);
  if (shown !== saved) {
    setShown(saved);
    setText(saved);
  }
  return [text, setText];
}
