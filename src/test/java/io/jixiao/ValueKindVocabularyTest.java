package io.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.ValueKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kind of a value has one vocabulary: its Chinese names are written in {@link ValueKind} only,
 * and no renderer spells one (or a retired synonym such as 期限 or 未解析) as a text of its own.
 */
class ValueKindVocabularyTest {

  /** The names the Excel export and the web page used before they shared one vocabulary. */
  private static final List<String> RETIRED = List.of("期限", "较上年", "未解析");

  /**
   * Where 定性 is a word of another vocabulary: the sign code 6 of the data standard (符号 定性), which
   * the form reader reads back and Q11 compares with the printed value (指标性质 column).
   */
  private static final Map<String, String> OTHER_VOCABULARIES =
      Map.of(
          "model/Sign.java", "定性",
          "document/FormReader.java", "定性",
          "review/Q11SignUnitColumns.java", "定性");

  @Test
  void noSourceOrTemplateSpellsAValueKindOutsideTheVocabulary() throws IOException {
    List<String> names = new ArrayList<>(RETIRED);
    Arrays.stream(ValueKind.values()).map(ValueKind::label).forEach(names::add);
    Path java = Path.of("src/main/java/io/jixiao");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files =
        Stream.concat(Files.walk(java), Files.walk(Path.of("src/main/resources/templates")))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String rel = f.startsWith(java) ? java.relativize(f).toString() : f.toString();
        if (rel.equals("model/ValueKind.java")) {
          continue;
        }
        String text = Files.readString(f);
        for (String name : names) {
          // a name as a whole string literal or as the whole text of an element
          boolean spelled = text.contains("\"" + name + "\"") || text.contains(">" + name + "<");
          if (spelled && !name.equals(OTHER_VOCABULARIES.get(rel))) {
            found.add(rel + ": " + name);
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void everyKindHasItsOwnName() {
    assertThat(Arrays.stream(ValueKind.values()).map(ValueKind::label).distinct())
        .hasSize(ValueKind.values().length)
        .containsExactly("定量", "时限", "与上年比较", "定性", "空白", "未能解析");
  }
}
