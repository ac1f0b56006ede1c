package io.jixiao.document;

import io.jixiao.model.TargetDocument;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The interchange format (docs/interchange.md): one JSON document per imported source document,
 * keys in a fixed order, {@code null} for blank cells, money as JSON numbers with at least one
 * decimal, percentages as whole numbers when whole. The text is UTF-8 without escaped CJK, indented
 * by two spaces, {@code \n} line ends and a final line end, so that writing the same document twice
 * gives the same bytes.
 *
 * <p>By default each indicator also carries its parsed value as the extra keys {@code parsed} (and
 * {@code unparsed} with the reason when the grammar could not read it); the reader ignores them and
 * any other unknown key.
 */
public final class InterchangeJson {

  /**
   * The version this build writes as {@code formatVersion}: 2 adds the facts of other forms
   * (docs/forms.md). A document without the key is version 1 and reads as before.
   */
  public static final int FORMAT_VERSION = 2;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private final boolean parsedValues;

  /** Writes the standard keys and the parsed value of each indicator. */
  public InterchangeJson() {
    this(true);
  }

  private InterchangeJson(boolean parsedValues) {
    this.parsedValues = parsedValues;
  }

  /** Writes the standard keys of interchange.md only, without the parsed values. */
  public static InterchangeJson standardKeysOnly() {
    return new InterchangeJson(false);
  }

  /** The document as interchange JSON text. */
  public String write(TargetDocument document) {
    StringWriter out = new StringWriter();
    write(document, out);
    return out.toString();
  }

  /** Streams the document to {@code out} (which is flushed, not closed). */
  public void write(TargetDocument document, Writer out) {
    try {
      try (JsonGenerator g = generator(out)) {
        new InterchangeWriter(g, parsedValues).document(document);
      }
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JacksonException e) {
      if (e.getCause() instanceof IOException) {
        throw new UncheckedIOException((IOException) e.getCause());
      }
      throw e;
    }
  }

  /**
   * Reads interchange JSON. The result holds the document, or no document and every problem found
   * with its JSON path and line ({@code projects[3].budget.total}, line 40).
   *
   * @param fileName the name of the JSON file, for the problems; also the source when the JSON
   *     names none
   */
  public ImportResult read(String json, String fileName) {
    Problems problems = new Problems(fileName);
    TargetDocument document = read(json, problems);
    return new ImportResult(document, problems.all());
  }

  /**
   * Reads interchange JSON that is expected to be valid, e.g. written by this class.
   *
   * @throws IllegalArgumentException listing every problem when the text cannot be read
   */
  public TargetDocument readDocument(String json, String fileName) {
    ImportResult result = read(json, fileName);
    if (!result.ok()) {
      throw new IllegalArgumentException(
          "不是有效的绩效目标交换文件：\n"
              + result.errors().stream()
                  .map(ImportProblem::toString)
                  .collect(Collectors.joining("\n")));
    }
    return result.document();
  }

  /** A generator with the format's layout, writing to {@code out} without closing it. */
  static JsonGenerator generator(Writer out) {
    return FACTORY.createGenerator(new PrettyContext(), out);
  }

  /** Reads into {@code problems}; null when an error makes the text unreadable. */
  static TargetDocument read(String json, Problems problems) {
    String text = json.startsWith("\ufeff") ? json.substring(1) : json;
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      return new InterchangeReader(p, problems).document();
    }
  }

  /**
   * True when decoded text is JSON rather than a text export: its first character that is not white
   * space is {@code {}, which never starts a target table export.
   */
  static boolean looksLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        return true;
      }
      if (!Character.isWhitespace(c) && c != '\ufeff') {
        return false;
      }
    }
    return false;
  }

  /**
   * Two-space indentation with {@code \n}, {@code "key": value}, arrays one element a line, and
   * {@code []} / {@code {}} when empty: the layout of {@code JSON.stringify(value, null, 2)}.
   */
  private static final class PrettyContext extends ObjectWriteContext.Base {

    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      Separators separators =
          PrettyPrinter.DEFAULT_SEPARATORS
              .withObjectNameValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator("");
      return new DefaultPrettyPrinter(separators)
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter);
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }
}
