package io.jixiao.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jixiao.Seeds;
import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.document.InterchangeJson;
import io.jixiao.model.TargetDocument;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOCX importer reads Word files another word processor wrote, not only Jixiao's own: the
 * Chengde document, exported and then saved again by LibreOffice (its own styles, table grid,
 * merges and contents), reads back as the same document. Runs only where {@code libreoffice} is
 * installed.
 */
class DocxThroughLibreOfficeTest {

  @Test
  void aDocumentSavedAgainByLibreOfficeReadsBackTheSame(@TempDir Path dir)
      throws IOException, InterruptedException {
    String office = libreOffice();
    assumeTrue(office != null, "libreoffice is not installed");
    DocumentReader reader = new DocumentReader();
    TargetDocument text = reader.read(Seeds.path(Seeds.CHENGDE)).document();
    Path ours = dir.resolve("jixiao.docx");
    Files.write(ours, DocxRoundTripTest.docx(text));
    Path out = dir.resolve("out");

    Process p =
        new ProcessBuilder(
                office,
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--convert-to",
                "docx:MS Word 2007 XML",
                "--outdir",
                out.toString(),
                ours.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log.txt").toFile())
            .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("libreoffice finishes").isTrue();
    Path saved = out.resolve("jixiao.docx");
    assertThat(saved).exists();
    assertThat(Files.readAllBytes(saved)).isNotEqualTo(Files.readAllBytes(ours));

    ImportResult word = reader.read(saved);

    assertThat(word.errors()).isEmpty();
    TargetDocument back =
        new TargetDocument(
            text.source(),
            word.document().department(),
            word.document().overall(),
            word.document().projects());
    assertThat(new InterchangeJson().write(back)).isEqualTo(new InterchangeJson().write(text));
  }

  private static String libreOffice() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String d : path.split(File.pathSeparator)) {
      for (String name : new String[] {"libreoffice", "soffice"}) {
        File f = new File(d, name);
        if (f.canExecute()) {
          return f.getPath();
        }
      }
    }
    return null;
  }
}
