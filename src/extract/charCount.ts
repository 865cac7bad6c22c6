// Names are measured in characters, not UTF-16 units, so an astral ideograph counts once. The
// rules measure every candidate name, and [...text].length makes an array of one-character
// strings to do it.

/** [...text].length without the array: code points, a lone surrogate counting as one. */
export function charCount(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}
