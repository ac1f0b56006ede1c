package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-pass word search finds exactly what searching word by word finds. */
class PhrasesProperties {

  // 目 (U+76EE) and 狮 (U+72EE) share a filter bit (c & 1023): the filter only narrows
  private static final String CHARS = "目标内容123XxX×请填写输入资金拨付率到位预算执行狮";

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.strings().withChars(CHARS).ofMaxLength(25);
  }

  @Provide
  Arbitrary<List<String>> wordLists() {
    return Arbitraries.strings()
        .withChars(CHARS)
        .ofMinLength(1)
        .ofMaxLength(4)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }

  @Property(tries = 2000)
  void findsTheFirstWordOfTheListThatOccurs(
      @ForAll("keys") String key, @ForAll("wordLists") List<String> words) {
    Phrases phrases = new Phrases(words);
    String[] array = Text.array(words);

    assertThat(phrases.find(key)).isEqualTo(Text.findAny(key, array));
    assertThat(phrases.containsAny(key)).isEqualTo(Text.containsAny(key, array));
  }

  @Example
  void theListsOrderWinsOverThePositionInTheKey() {
    Phrases phrases = new Phrases(List.of("目标内容1", "XX", "请填写"));

    assertThat(phrases.find("请填写XX目标内容1")).isEqualTo("目标内容1");
    assertThat(phrases.find("请填写XX")).isEqualTo("XX");
    assertThat(phrases.find("目标内容2")).isNull();
    assertThat(phrases.find("狮")).isNull(); // same filter bit as 目, no word
    assertThat(phrases.find(null)).isNull();
    assertThat(phrases.containsAny("")).isFalse();
  }
}
