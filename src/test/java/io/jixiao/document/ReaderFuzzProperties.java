package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.model.TargetDocument;
import io.jixiao.publish.Formats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing every reader (issue 12): random bytes, random bytes behind the magic of each format, and
 * seeds as text, interchange JSON, DOCX, XLSX and PDF with bytes flipped, cut or repeated. Whatever
 * comes in, the result is a document or a clear problem, never an exception, in bounded time and
 * memory.
 */
class ReaderFuzzProperties {

  private static final long MAX_MILLIS = 20_000;
  private static final long MAX_ALLOCATED = 2L << 30;
  private static final Map<String, byte[]> SEEDS = new ConcurrentHashMap<>();

  private final DocumentReader reader = new DocumentReader();

  @Property(tries = 300)
  void randomBytesGiveADocumentOrAProblem(@ForAll("randomBytes") byte[] bytes) {
    readsWithinBounds(bytes);
  }

  @Property(tries = 300)
  void mutatedTextAndJsonGiveADocumentOrAProblem(@ForAll("mutatedText") byte[] bytes) {
    readsWithinBounds(bytes);
  }

  @Property(tries = 60)
  void mutatedOfficeFilesGiveADocumentOrAProblem(@ForAll("mutatedOffice") byte[] bytes) {
    readsWithinBounds(bytes);
  }

  private void readsWithinBounds(byte[] bytes) {
    long start = System.nanoTime();
    long allocated = allocated();
    ImportResult r = reader.read("fuzz", bytes);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(r).isNotNull();
    if (r.document() == null) {
      assertThat(r.errors()).isNotEmpty();
      assertThat(r.errors()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }
    assertThat(millis).as("milliseconds to read %d bytes", bytes.length).isLessThan(MAX_MILLIS);
    assertThat(allocated() - allocated).as("bytes allocated").isLessThan(MAX_ALLOCATED);
  }

  @Provide
  Arbitrary<byte[]> randomBytes() {
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
    Arbitrary<String> magic =
        Arbitraries.of("", "PK\u0003\u0004word/", "PK\u0003\u0004xl/workbook.xml", "%PDF-1.7\n",
            "{\"format\":", "\u00ef\u00bb\u00bf", "一级指标\t二级指标\t三级指标\t指标值\n");
    return Combinators.combine(magic, raw)
        .as((m, b) -> concat(m.getBytes(StandardCharsets.ISO_8859_1), b));
  }

  @Provide
  Arbitrary<byte[]> mutatedText() {
    return mutated(Arbitraries.of("text", "json"));
  }

  @Provide
  Arbitrary<byte[]> mutatedOffice() {
    return mutated(Arbitraries.of("docx", "xlsx", "pdf"));
  }

  private static Arbitrary<byte[]> mutated(Arbitrary<String> formats) {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, Integer.MAX_VALUE);
    Arbitrary<Integer> kind = Arbitraries.integers().between(0, 3);
    Arbitrary<Integer> count = Arbitraries.integers().between(1, 20);
    return Combinators.combine(formats, at, kind, count)
        .as((f, a, k, n) -> mutate(seed(f), a, k, n));
  }

  /** Flips {@code n} bytes, cuts the file, repeats a slice or drops one, from offset {@code at}. */
  private static byte[] mutate(byte[] seed, int at, int kind, int n) {
    int from = at % seed.length;
    switch (kind) {
      case 0:
        byte[] flipped = seed.clone();
        for (int i = 0; i < n; i++) {
          int p = (int) ((from + (long) i * 7919) % seed.length);
          flipped[p] = (byte) (flipped[p] ^ (1 << (i % 8)));
        }
        return flipped;
      case 1:
        return Arrays.copyOf(seed, from);
      case 2:
        int len = Math.min(seed.length - from, n * 97);
        byte[] slice = Arrays.copyOfRange(seed, from, from + len);
        return concat(concat(Arrays.copyOf(seed, from + len), slice),
            Arrays.copyOfRange(seed, from + len, seed.length));
      default:
        int to = Math.min(seed.length, from + n * 97);
        return concat(Arrays.copyOf(seed, from), Arrays.copyOfRange(seed, to, seed.length));
    }
  }

  /** The first tables of the 承德 seed in each format, written once. */
  private static byte[] seed(String format) {
    return SEEDS.computeIfAbsent(format, ReaderFuzzProperties::write);
  }

  private static byte[] write(String format) {
    try {
      byte[] text = Files.readAllBytes(Seeds.path(Seeds.CHENGDE));
      if (format.equals("text")) {
        return Arrays.copyOf(text, 30_000);
      }
      TargetDocument doc = new DocumentReader().read(Seeds.path(Seeds.CHENGDE)).document();
      TargetDocument small =
          new TargetDocument(doc.source(), doc.department(), doc.overall(),
              List.copyOf(doc.projects().subList(0, 3)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Formats.forName(format).orElseThrow().write(small, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }
}
