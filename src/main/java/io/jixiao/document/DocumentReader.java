package io.jixiao.document;

import io.jixiao.limits.Limits;
import io.jixiao.model.Department;
import io.jixiao.model.DepartmentGoals;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one published 绩效目标 document into the model. The layout is detected by content; every
 * problem is collected with file and line; a file with an error yields no document. An
 * interchange JSON file (see {@link InterchangeJson}) is read as well.
 */
public final class DocumentReader {

  /** Larger files are refused before reading: the largest real document is well under 1 MB. */
  public static final long DEFAULT_MAX_BYTES = Limits.DEFAULTS.uploadBytes();

  private final Limits limits;
  private final long maxBytes;
  private final List<TableReader> layouts = List.of(new CellPerLineReader(), new TabRowReader());
  private final FrontMatterReader frontMatter = new FrontMatterReader();
  private final FormReader forms = new FormReader();
  private final List<OfficeFormat> officeFormats =
      List.of(new DocxReader(), new XlsxReader(), new PdfReader());

  public DocumentReader() {
    this(Limits.DEFAULTS);
  }

  public DocumentReader(long maxBytes) {
    this(Limits.DEFAULTS.with("upload-bytes", String.valueOf(maxBytes)));
  }

  /** A reader that refuses files beyond {@code limits} (bytes, unpacked bytes, tables, …). */
  public DocumentReader(Limits limits) {
    this.limits = limits;
    this.maxBytes = limits.uploadBytes();
  }

  /** The limits this reader refuses files beyond; package access for the office readers. */
  Limits limits() {
    return limits;
  }

  /** Reads a file; its name (without directories) becomes the document's source. */
  public ImportResult read(Path file) {
    String name = file.getFileName().toString();
    Problems problems = new Problems(name);
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        problems.error(
            "IMP-TOO-LARGE",
            0,
            null,
            null,
            String.format(
                "文件过大（%.1f MB），超过上限 %.1f MB；真实的绩效文本通常不足 1 MB，请确认文件是否正确",
                size / 1048576.0, maxBytes / 1048576.0));
        return new ImportResult(null, problems.all());
      }
      return read(name, Files.readAllBytes(file));
    } catch (IOException e) {
      problems.error("IMP-IO", 0, null, null, "无法读取文件：" + e.getMessage());
      return new ImportResult(null, problems.all());
    }
  }

  /** Reads the bytes of a file called {@code name}. */
  public ImportResult read(String name, byte[] bytes) {
    Problems problems = new Problems(name);
    if (bytes.length > maxBytes) {
      problems.error(
          "IMP-TOO-LARGE",
          0,
          null,
          null,
          String.format("文件过大（%.1f MB），超过上限 %.1f MB", bytes.length / 1048576.0, maxBytes / 1048576.0));
      return new ImportResult(null, problems.all());
    }
    for (OfficeFormat format : officeFormats) {
      if (format.accepts(bytes)) {
        return bounded(format.read(name, bytes, this), name);
      }
    }
    String text = TextDecoding.decode(bytes, problems);
    if (text == null) {
      return new ImportResult(null, problems.all());
    }
    return readText(name, text, problems);
  }

  /** Reads already decoded text. */
  public ImportResult readText(String name, String text) {
    return readText(name, text, new Problems(name));
  }

  /**
   * Reads text the office readers produced; {@code problems} may already hold what they found. Package
   * access for the office readers, which turn their tables into the tab-row layout.
   */
  ImportResult readText(String name, String text, Problems problems) {
    if (text.isBlank()) {
      problems.error("IMP-EMPTY", 0, null, null, "文件为空，没有可读取的内容");
      return new ImportResult(null, problems.all());
    }
    if (InterchangeJson.looksLikeJson(text)) {
      return bounded(new ImportResult(InterchangeJson.read(text, problems), problems.all()), name);
    }
    // a Word bookmark is never content: gone before any label is searched for, so one printed
    // inside a label (预[bookmark: _Toc1]算规模) cannot hide it (line numbers stay as they were)
    text = Artefacts.stripBookmarks(text);
    int headers = indicatorHeaders(text);
    if (headers > HEADERS_PER_TABLE * limits.tables()) {
      problems.error(
          "IMP-LIMIT-TABLES",
          0,
          null,
          null,
          String.format(
              "文件有 %,d 个指标表头（一级指标…），远超每个文件 %,d 张表的上限（tables），未导入任何内容；"
                  + "真实的部门绩效文本通常不超过 300 张表，请确认文件是否正确或拆分后导入",
              headers, limits.tables()));
      return new ImportResult(null, problems.all());
    }
    SourceText source = new SourceText(name, text);
    FormReader.Result form = forms.read(source, problems);
    if (form != null) {
      List<Project> projects = problems.withUnparsed(form.projects());
      return bounded(
          new ImportResult(
              problems.hasErrors() ? null
                  : new TargetDocument(name, form.department(), null, projects),
              problems.all()),
          name);
    }
    TableReader layout = layouts.stream().filter(l -> l.accepts(source)).findFirst().orElse(null);
    java.util.Map.Entry<Integer, String> runOn =
        layout == null ? RunOnForms.unreadable(source) : null;
    if (runOn != null) {
      problems.error(
          "IMP-NO-TABLES",
          runOn.getKey(),
          null,
          null,
          "识别出“" + runOn.getValue() + "”，但它是连排文本：单元格边界已丢失，标签与数值交错"
              + "（如从 PDF 或网页复制的整页文字），无法可靠地分出单元格，未导入；"
              + "请使用原始文件（PDF/Word/Excel）导入");
      return new ImportResult(null, problems.all());
    }
    if (layout == null) {
      problems.error(
          "IMP-NO-TABLES",
          0,
          null,
          null,
          "未找到绩效目标表：文件中没有“一级指标/二级指标/三级指标…指标值”表头，不是可识别的绩效文本");
      return new ImportResult(null, problems.all());
    }
    List<Project> projects = problems.withUnparsed(layout.read(source, problems));
    if (projects.size() > limits.tables()) {
      return new ImportResult(null, List.of(tooManyTables(name, projects.size())));
    }
    Department department = frontMatter.department(source, problems);
    DepartmentGoals overall = frontMatter.overall(source, problems);
    if (projects.isEmpty() && !problems.hasErrors()) {
      problems.error("IMP-NO-TABLES", 0, null, null, "未读到任何绩效目标表");
    }
    if (problems.hasErrors()) {
      return new ImportResult(null, problems.all());
    }
    return bounded(
        new ImportResult(new TargetDocument(name, department, overall, projects), problems.all()),
        name);
  }

  /**
   * Reads the forms in grids a native office reader produced (docs/adr/0017); {@code problems} may
   * already hold what it found. An error when no grid holds a form.
   */
  ImportResult readGrids(String name, List<Grid> grids, Problems problems) {
    FormReader.Result form = forms.read(grids, problems);
    if (form == null) {
      problems.error(
          "IMP-NO-TABLES",
          0,
          null,
          null,
          "未找到绩效目标表：表格中没有“一级指标/二级指标/三级指标…指标值”表头，不是可识别的绩效文本");
      return new ImportResult(null, problems.all());
    }
    List<Project> projects = problems.withUnparsed(form.projects());
    TargetDocument doc =
        problems.hasErrors() ? null : new TargetDocument(name, form.department(), null, projects);
    return bounded(new ImportResult(doc, problems.all()), name);
  }

  /**
   * A table split over pages repeats its indicator header; more headers than this many per allowed
   * table are refused before the tables are read, so a flood costs one scan of the text.
   */
  private static final int HEADERS_PER_TABLE = 4;

  /** The lines that start an indicator header (一级指标 first, after indentation and markup). */
  private static int indicatorHeaders(String text) {
    int n = 0;
    for (int at = text.indexOf("一级指标"); at >= 0; at = text.indexOf("一级指标", at + 4)) {
      int i = at - 1;
      while (i >= 0 && " \t|*#>".indexOf(text.charAt(i)) >= 0) {
        i--;
      }
      if (i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        n++;
      }
    }
    return n;
  }

  /**
   * The result, or an error without a document when it has more tables than {@link
   * Limits#tables()} or a table with more indicators than {@link Limits#indicatorsPerTable()}.
   */
  private ImportResult bounded(ImportResult result, String name) {
    TargetDocument doc = result.document();
    if (doc == null) {
      return result;
    }
    if (doc.projects().size() > limits.tables()) {
      return new ImportResult(null, List.of(tooManyTables(name, doc.projects().size())));
    }
    for (Project p : doc.projects()) {
      if (p.indicators().size() > limits.indicatorsPerTable()) {
        Problems problems = new Problems(name);
        problems.error(
            "IMP-LIMIT-INDICATORS",
            0,
            p.seq(),
            null,
            String.format(
                "第 %d 张表有 %,d 个指标，超过每张表 %,d 个的上限（indicators-per-table），未导入任何内容；"
                    + "真实的绩效目标表通常不足 60 个指标",
                p.seq(), p.indicators().size(), limits.indicatorsPerTable()));
        return new ImportResult(null, problems.all());
      }
    }
    return result;
  }

  private ImportProblem tooManyTables(String name, int tables) {
    Problems problems = new Problems(name);
    problems.error(
        "IMP-LIMIT-TABLES",
        0,
        null,
        null,
        String.format(
            "文件有 %,d 张绩效目标表，超过每个文件 %,d 张的上限（tables），未导入任何内容；"
                + "真实的部门绩效文本通常不超过 300 张表，请确认文件是否正确或拆分后导入",
            tables, limits.tables()));
    return problems.all().get(0);
  }
}
