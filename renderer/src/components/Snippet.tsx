/** The markers search.global puts around matching words (never HTML). */
const START = '\u0002';
const END = '\u0003';

/**
 * Renders a search snippet as text with <mark> around the matches. The text
 * is split on the control characters and every piece becomes a React text
 * node, so whatever the case file holds is shown literally.
 */
export function Snippet({ text }: { text: string }) {
  const parts: { text: string; marked: boolean }[] = [];
  for (const [index, chunk] of text.split(START).entries()) {
    if (index === 0) {
      parts.push({ text: chunk, marked: false });
      continue;
    }
    const end = chunk.indexOf(END);
    if (end === -1) {
      parts.push({ text: chunk, marked: true });
    } else {
      parts.push({ text: chunk.slice(0, end), marked: true });
      parts.push({ text: chunk.slice(end + 1).replaceAll(END, ''), marked: false });
    }
  }
  return (
    <>
      {parts
        .filter((part) => part.text)
        .map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}
