package io.jixiao.document;

import io.jixiao.model.FormKind;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Run-on text whose cell boundaries are gone (a download site's preview of a {@code .docx}, a WPS
 * export on one line): the form is recognised from its title, each form's 项目名称 is taken where
 * labels delimit it unambiguously (up to the next header label), and a warning says that the
 * indicators need the original file (docs/adr/0016). Nothing is guessed across a cell boundary.
 */
final class RunOnForms {

  /** A line this long holding a form title and an indicator header is run-on text. */
  private static final int RUN_ON = 400;

  private static final Pattern TITLE = Pattern.compile("项目支出绩效(目标|自评)表");
  private static final Pattern NAME =
      Pattern.compile("项目名称\\s*(.+?)\\s*(?=项目类别|主管部门|实施单位|项目性质|项目属性|项目单位)");

  private RunOnForms() {}

  /** The line numbers of the run-on lines that hold a form; empty when there are none. */
  static List<Integer> lines(SourceText source) {
    List<Integer> out = new ArrayList<>();
    for (int n : source.linesContaining("一级指标")) {
      String l = source.line(n);
      if (l.length() >= RUN_ON && TITLE.matcher(l).find() && l.contains("项目名称")) {
        out.add(n);
      }
    }
    return out;
  }

  private static final Pattern ANY_TITLE =
      Pattern.compile("(部门整体支出|项目支出|项目)绩效(目标申报|目标|自评)表");

  /**
   * Run-on text holding a form that no reader could cut (labels and values interleaved, no 项目名称
   * to delimit): the line and the form's title, or null when there is none. Used to refuse such a
   * document with a message that says what was recognised and why it is not read.
   */
  static java.util.Map.Entry<Integer, String> unreadable(SourceText source) {
    for (int n : source.linesContaining("一级指标")) {
      String l = source.line(n);
      Matcher t = ANY_TITLE.matcher(l);
      if (l.length() >= RUN_ON && t.find()) {
        return java.util.Map.entry(n, t.group());
      }
    }
    return null;
  }

  /** One table per form title followed by a delimited 项目名称, without indicators. */
  static List<Project> read(SourceText source, List<Integer> lines, Problems problems) {
    List<Project> out = new ArrayList<>();
    for (int n : lines) {
      String l = Cells.text(source.line(n));
      Matcher t = TITLE.matcher(l);
      List<Integer> starts = new ArrayList<>();
      while (t.find()) {
        starts.add(t.start());
      }
      for (int i = 0; i < starts.size(); i++) {
        String form = l.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : l.length());
        Matcher m = NAME.matcher(form);
        if (!m.find()) {
          continue;
        }
        FormKind kind = form.startsWith("项目支出绩效自评表") ? FormKind.SELF_EVALUATION : FormKind.TARGET;
        int seq = out.size() + 1;
        String name = m.group(1).strip();
        problems.warning(
            "IMP-FORM-RUN-ON", n, seq, "绩效指标",
            "“" + name + "”所在的" + kind.label() + "是连排文本，单元格边界已丢失：只导入了项目名称，"
                + "绩效指标、金额等需要原始文件（Word/Excel/PDF）才能准确读取");
        out.add(
            Project.of(seq, kind.label(), null, null, name, null, null, null, List.of(), List.of())
                .withFacts(ProjectFacts.of(kind)));
      }
    }
    return out;
  }
}
