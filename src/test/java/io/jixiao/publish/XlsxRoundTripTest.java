package io.jixiao.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.document.InterchangeJson;
import io.jixiao.model.TargetDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every seed document survives XLSX: what is read back gives the same interchange JSON. */
class XlsxRoundTripTest {

  private final DocumentReader reader = new DocumentReader();
  private final DocumentWriter xlsx = Formats.forName("xlsx").orElseThrow();
  private final InterchangeJson json = new InterchangeJson();

  @ParameterizedTest
  @ValueSource(
      strings = {Seeds.TIANJIN_PLANNING, Seeds.CHENGDE, Seeds.TIANJIN_ECOLOGY, Seeds.SHIJIAZHUANG})
  void aSeedReadBackFromItsXlsxGivesTheSameInterchangeJson(String seed) throws IOException {
    ImportResult original = reader.read(Seeds.path(seed));
    assertThat(original.ok()).as("%s imports", seed).isTrue();
    TargetDocument a = original.document();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    xlsx.write(a, out);
    ImportResult back = reader.read(seed.replace(".txt", ".xlsx"), out.toByteArray());

    assertThat(back.problems()).isEmpty();
    assertThat(json.write(back.document())).isEqualTo(json.write(a));
    assertThat(back.document().source()).isEqualTo(seed);
    assertThat(back.document()).isEqualTo(a);
  }
}
