/**
 * Which encoding a Chinese text that is not UTF-8 is most likely in. Offices' older tools save
 * GB18030 (Notepad's "ANSI" on a Chinese Windows), UTF-16 (Notepad's "Unicode") and, for texts
 * from Taiwan or Hong Kong, Big5. GB18030 and Big5 both accept most byte sequences, so validity
 * alone does not tell them apart: the decoding in which the most frequent Chinese characters occur
 * is the one the text was written in; a wrong decoding yields rare characters instead.
 */

/** An encoding a text can be in when it is not UTF-8, as a WHATWG label. */
export type LegacyEncoding = 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';

/** How the encodings are named to a user, as their editors name them. */
export const ENCODING_NAMES: Record<LegacyEncoding, string> = {
  gb18030: 'GB18030/GBK（记事本的“ANSI”）',
  big5: 'Big5（繁体中文）',
  'utf-16le': 'UTF-16（记事本的“Unicode”）',
  'utf-16be': 'UTF-16 BE（记事本的“Unicode big endian”）',
};

/**
 * The most frequent characters of Chinese prose and of these documents, in simplified and
 * traditional forms: text decoded in its own encoding is full of them, text decoded in another
 * one hardly holds any.
 */
const FREQUENT = new Set(
  Array.from(
    '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过' +
      '子说产种面而方后多定行学法所民得经十三之进着等部度家力里如水化高自二理起小现实加量都两体制' +
      '机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内' +
      '数正心反明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提' +
      '直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图统接知较将组见计' +
      '别根论区强放决被干做必战先回则任取据处队给色光门即保治造规领导志世增争济思术极交受联认共权' +
      '收证改清己再采转更单切务具每目至达示议报完类名确才科信整况今集传许步群记需段研界究观越织装' +
      '影算持众书容须际深难近周委素技备半办省列习响约支般史感劳便团往历市何除构府称准精值号率维划' +
      '选标写存候亲效院查型按格层始却专状育识适属包县局照参细引该严落实责督促检查巡察整改措施领导' +
      '這個國們時來為說對會發動過種後經進學與關問題黨員領導幹實現從應當還將開們議報務總區專縣組織' +
      '產業環節點機構條規則體制權責監督檢查巡察整改措施',
  ),
);

/** How much of a file is read to guess: enough for hundreds of characters, fast on any file. */
const SAMPLE_BYTES = 64 * 1024;

const decodes = (bytes: Uint8Array, encoding: string, stream = false): string | undefined => {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream });
  } catch {
    return undefined;
  }
};

/**
 * The UTF-16 byte order of text without a BOM: its ASCII characters (line breaks, digits,
 * punctuation) each have a NUL byte, on the odd side in little-endian text and the even side in
 * big-endian. Undefined when NULs fall on both sides alike, as in binary data.
 */
export function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  if (even + odd === 0) return undefined;
  if (odd >= 1.5 * even) return 'utf-16le';
  if (even >= 1.5 * odd) return 'utf-16be';
  return undefined;
}

/** How many of a text's characters are frequent Chinese characters. */
function frequentCount(text: string): number {
  let count = 0;
  for (const char of text) if (FREQUENT.has(char)) count++;
  return count;
}

/**
 * The encoding bytes that are not UTF-8 are most likely in, or undefined when they read as
 * none of them (binary data, or an encoding this project does not know).
 */
export function guessLegacyEncoding(bytes: Uint8Array): LegacyEncoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.includes(0)) return bytes.length % 2 === 0 ? utf16ByteOrder(sample) : undefined;
  const candidates: { encoding: LegacyEncoding; score: number }[] = [];
  for (const encoding of ['gb18030', 'big5'] as const) {
    // Streaming: a character cut at the end of the sample is not a mistake of the text.
    const text = decodes(sample, encoding, sample.length < bytes.length);
    if (text !== undefined) candidates.push({ encoding, score: frequentCount(text) });
  }
  candidates.sort((a, b) => b.score - a.score);
  return candidates[0]?.encoding;
}

/** A file's text if its bytes are valid UTF-8 (a BOM is dropped), else undefined. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  return decodes(bytes, 'utf-8');
}
