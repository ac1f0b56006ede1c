package io.jixiao.document;

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
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private final long maxBytes;
  private final List<TableReader> layouts = List.of(new CellPerLineReader(), new TabRowReader());
  private final FrontMatterReader frontMatter = new FrontMatterReader();
  private final FormReader forms = new FormReader();
  private final List<OfficeFormat> officeFormats =
      List.of(new DocxReader(), new XlsxReader(), new PdfReader());

  public DocumentReader() {
    this(DEFAULT_MAX_BYTES);
  }

  public DocumentReader(long maxBytes) {
    this.maxBytes = maxBytes;
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
        return format.read(name, bytes, this);
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
      return new ImportResult(InterchangeJson.read(text, problems), problems.all());
    }
    SourceText source = new SourceText(name, text);
    FormReader.Result form = forms.read(source, problems);
    if (form != null) {
      List<Project> projects = problems.withUnparsed(form.projects());
      return new ImportResult(
          problems.hasErrors() ? null : new TargetDocument(name, form.department(), null, projects),
          problems.all());
    }
    TableReader layout = layouts.stream().filter(l -> l.accepts(source)).findFirst().orElse(null);
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
    Department department = frontMatter.department(source, problems);
    DepartmentGoals overall = frontMatter.overall(source, problems);
    if (projects.isEmpty() && !problems.hasErrors()) {
      problems.error("IMP-NO-TABLES", 0, null, null, "未读到任何绩效目标表");
    }
    if (problems.hasErrors()) {
      return new ImportResult(null, problems.all());
    }
    return new ImportResult(
        new TargetDocument(name, department, overall, projects), problems.all());
  }
}
