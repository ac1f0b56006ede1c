package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast UTF-8 decoding of {@link TextDecoding} gives exactly what the strict decoder gives: the
 * same text for UTF-8, null for anything else.
 */
class TextDecodingProperties {

  @Property(tries = 2000)
  void decodesExactlyAsTheStrictDecoder(@ForAll("utf8ish") byte[] bytes) {
    assertThat(TextDecoding.utf8(bytes)).isEqualTo(strict(bytes));
  }

  @Example
  void refusesOverlongFormsSurrogatesAndCodePointsAboveTheLast() {
    assertThat(TextDecoding.utf8(bytes(0xc0, 0xaf))).isNull(); // overlong '/'
    assertThat(TextDecoding.utf8(bytes(0xe0, 0x80, 0xaf))).isNull(); // overlong
    assertThat(TextDecoding.utf8(bytes(0xed, 0xa0, 0x80))).isNull(); // U+D800
    assertThat(TextDecoding.utf8(bytes(0xf4, 0x90, 0x80, 0x80))).isNull(); // above U+10FFFF
    assertThat(TextDecoding.utf8(bytes(0xe7, 0xbb))).isNull(); // cut off
  }

  @Example
  void keepsAReplacementCharacterThatWasInTheText() {
    byte[] bytes = "指标值\ufffd≥90%".getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoding.utf8(bytes)).isEqualTo("指标值\ufffd≥90%");
  }

  @Example
  void decodesTheSeedsAsTheStrictDecoder() throws Exception {
    for (String seed :
        List.of(Seeds.TIANJIN_PLANNING, Seeds.CHENGDE, Seeds.TIANJIN_ECOLOGY, Seeds.SHIJIAZHUANG)) {
      byte[] bytes = Files.readAllBytes(Seeds.path(seed));
      assertThat(TextDecoding.utf8(bytes)).isNotNull().isEqualTo(strict(bytes));
    }
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
    Arbitrary<int[]> positions =
        Arbitraries.integers().between(0, 1000).array(int[].class).ofSize(4);
    Arbitrary<String> supplementary =
        Arbitraries.of("", "\ud83d\ude00", "\ud840\udc00", "\udbff\udfff");
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

  private static String strict(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
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
