package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast UTF-8 check of {@link TextDecoding} accepts exactly what the strict decoder accepts, so
 * that decoding with it gives the same text, and the same refusals, as before.
 */
class TextDecodingProperties {

  @Property(tries = 2000)
  void acceptsExactlyWhatTheStrictDecoderAccepts(@ForAll("utf8ish") byte[] bytes) {
    assertThat(TextDecoding.isWellFormedUtf8(bytes)).isEqualTo(strictlyDecodable(bytes));
  }

  @Property(tries = 300)
  void decodesTextOfAnyCharactersAsTheyWereWritten(@ForAll String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    // getBytes writes a lone surrogate as '?': what it writes is always well-formed
    assertThat(TextDecoding.isWellFormedUtf8(bytes)).isTrue();
  }

  @Example
  void refusesOverlongFormsSurrogatesAndCodePointsAboveTheLast() {
    assertThat(TextDecoding.isWellFormedUtf8(bytes(0xc0, 0xaf))).isFalse(); // overlong '/'
    assertThat(TextDecoding.isWellFormedUtf8(bytes(0xe0, 0x80, 0xaf))).isFalse(); // overlong
    assertThat(TextDecoding.isWellFormedUtf8(bytes(0xed, 0xa0, 0x80))).isFalse(); // U+D800
    assertThat(TextDecoding.isWellFormedUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).isFalse(); // >10FFFF
    assertThat(TextDecoding.isWellFormedUtf8(bytes(0xe7, 0xbb))).isFalse(); // cut off
    assertThat(TextDecoding.isWellFormedUtf8("绩效目标表".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(TextDecoding.isWellFormedUtf8(bytes(0xf0, 0x9f, 0x98, 0x80))).isTrue(); // U+1F600
  }

  /** Valid UTF-8 of mixed characters (supplementary ones too) with a few bytes changed. */
  @Provide
  Arbitrary<byte[]> utf8ish() {
    Arbitrary<String> text =
        Arbitraries.strings()
            .withCharRange('\u0000', '\u007f')
            .withCharRange('\u0080', '\u07ff')
            .withCharRange('\u4e00', '\u9fff')
            .withCharRange('\ud800', '\udfff')
            .withCharRange('\ue000', '\uffff')
            .ofMaxLength(12);
    Arbitrary<int[]> edits = Arbitraries.integers().between(0, 255).array(int[].class).ofMaxSize(4);
    Arbitrary<int[]> positions = Arbitraries.integers().between(0, 1000).array(int[].class).ofSize(4);
    Arbitrary<String> supplementary = Arbitraries.of("", "\ud83d\ude00", "\ud840\udc00", "\udbff\udfff");
    return Combinators.combine(text, supplementary, edits, positions)
        .as(
            (t, s, e, p) -> {
              byte[] b = (t + s + t).getBytes(StandardCharsets.UTF_8);
              for (int k = 0; k < e.length && b.length > 0; k++) {
                b[p[k] % b.length] = (byte) e[k];
              }
              return b;
            });
  }

  private static boolean strictlyDecodable(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}
