import { describe, expect, it } from 'vitest';
import { showControls } from '../../src/lib/control-characters.ts';

describe('showControls', () => {
  it('shows every C0 and C1 control, DEL, the line separators and each bidi control as its escape', () => {
    const controls = [0x00, 0x07, 0x09, 0x0a, 0x0d, 0x1b, 0x1f, 0x7f, 0x85, 0x9b, 0x9d, 0x9f, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
    for (const code of controls) expect(showControls(`a${String.fromCharCode(code)}b`)).toBe(`a\\u${code.toString(16).padStart(4, '0')}b`);
  });

  it('leaves printable text alone, non-Latin scripts, emoji and the joiners they need included', () => {
    const text = 'aks-prod-weu ümlaut 東京 שלום مرحبا 👩‍💻 zero\u200dwidth joiner, no-break\u00a0space';
    expect(showControls(text)).toBe(text);
  });

  it('keeps tab and line feed for layout when asked, and nothing else', () => {
    expect(showControls('az aks update \\\n\t--name x\r\u001b[2J\u202e', 'layout')).toBe('az aks update \\\n\t--name x\\u000d\\u001b[2J\\u202e');
  });
});
