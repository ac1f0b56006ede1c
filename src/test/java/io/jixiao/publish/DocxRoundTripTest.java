package io.jixiao.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportProblem;
import io.jixiao.document.ImportResult;
import io.jixiao.document.InterchangeJson;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TestDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The key acceptance test of the Word export: every seed, read from its text export, written as
 * DOCX and read back from the DOCX bytes, gives exactly the same interchange JSON.
 *
 * <p>The DOCX is read under its own name ({@code 001_….docx}), as a user would import it, so its
 * {@code source} differs; the comparison puts the text's source on the document read back, and
 * everything else must be equal byte for byte.
 */
class DocxRoundTripTest {

  private final DocumentReader reader = new DocumentReader();

  @ParameterizedTest
  @ValueSource(
      strings = {Seeds.TIANJIN_PLANNING, Seeds.CHENGDE, Seeds.TIANJIN_ECOLOGY, Seeds.SHIJIAZHUANG})
  void aSeedWrittenAsWordReadsBackAsTheSameDocument(String seed) throws IOException {
    ImportResult text = reader.read(Seeds.path(seed));
    assertThat(text.ok()).as("the text export reads").isTrue();

    byte[] docx = docx(text.document());
    String name = seed.replaceFirst("\\.txt$", ".docx");
    ImportResult word = reader.read(name, docx);

    assertThat(word.errors()).isEmpty();
    assertThat(word.document().source()).isEqualTo(name);
    TargetDocument back = withSource(word.document(), text.document().source());
    String a = new InterchangeJson().write(text.document());
    String b = new InterchangeJson().write(back);
    if (!a.equals(b) && System.getenv("JIXIAO_DEBUG_DOCX") != null) {
      Files.writeString(Path.of("/tmp/docx/a-" + seed + ".json"), a);
      Files.writeString(Path.of("/tmp/docx/b-" + seed + ".json"), b);
      for (ImportProblem p : word.problems()) {
        System.err.println(p);
      }
    }
    assertThat(b).isEqualTo(a);
  }

  @Test
  void everyFieldAWordTableCanHoldReadsBack() throws IOException {
    TargetDocument every = TestDocuments.everyField("every.json");
    // the third table has no indicator rows, which no format reads back as a table
    TargetDocument doc =
        new TargetDocument(
            every.source(), every.department(), every.overall(), every.projects().subList(0, 2));

    ImportResult word = reader.read("every.docx", docx(doc));

    assertThat(word.errors()).isEmpty();
    assertThat(new InterchangeJson().write(withSource(word.document(), "every.json")))
        .isEqualTo(new InterchangeJson().write(doc));
  }

  static byte[] docx(TargetDocument d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxWriter().write(d, out);
    return out.toByteArray();
  }

  private static TargetDocument withSource(TargetDocument d, String source) {
    return new TargetDocument(source, d.department(), d.overall(), d.projects());
  }
}
