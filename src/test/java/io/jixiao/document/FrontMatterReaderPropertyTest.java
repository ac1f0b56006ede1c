package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.Department;
import io.jixiao.model.DepartmentGoals;
import io.jixiao.model.DepartmentGoals.Measure;
import io.jixiao.model.DepartmentGoals.SubGoal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Generated Part 1 texts and covers, printed in the shapes real documents use, read back. */
class FrontMatterReaderPropertyTest {

  /** Ideographs that form no numbering, label or section heading when put together. */
  private static final String POOL =
      "资源规划管理服务建设保障工作完成提升推进监督检查土地城市档案信息安全质量发展生态环境农业交通水利教育卫生文化科技财政审计住房";

  private static final String[] CHINESE = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

  /** An indicator line as printed and as read. */
  record Printed(String printed, String read) {}

  /** A paragraph to print, split by a page break at {@code split} (0: not split). */
  record Para(String text, int split) {

    String print(String pageBreak) {
      return split == 0 ? text : text.substring(0, split) + pageBreak + text.substring(split);
    }
  }

  /** A sub-goal to print, with its goal and its prose indicator (if any) as split paragraphs. */
  record Spec(SubGoal goal, Para printedGoal, Para prose) {}

  /** A measure to print, on one line with its title or under a title line of its own. */
  record MeasureSpec(Measure measure, boolean inline) {}

  private final FrontMatterReader reader = new FrontMatterReader();

  @Property(tries = 300)
  void readsBackAGeneratedPartOne(
      @ForAll("paragraphs") List<Para> summary,
      @ForAll("subGoals") List<Spec> subGoals,
      @ForAll("measures") List<MeasureSpec> measures,
      @ForAll boolean markdown) {
    String text =
        markdown ? markdown(summary, subGoals, measures) : plain(summary, subGoals, measures);
    Problems problems = new Problems("gen.txt");

    DepartmentGoals read = reader.overall(new SourceText("gen.txt", text), problems);

    DepartmentGoals expected =
        new DepartmentGoals(
            String.join("\n", summary.stream().map(Para::text).toList()),
            subGoals.stream().map(Spec::goal).toList(),
            measures.stream().map(MeasureSpec::measure).toList());
    assertThat(read).as(text).isEqualTo(expected);
    assertThat(problems.all()).as(text).isEmpty();
  }

  @Property(tries = 200)
  void readsBackAGeneratedCover(
      @ForAll("names") String name,
      @ForAll @IntRange(min = 1990, max = 2100) int year,
      @ForAll @IntRange(min = 0, max = 2) int shape) {
    String cover =
        switch (shape) {
          case 0 -> name + "\n\n" + year + " 年部门预算绩效文本\n（草案）";
          case 1 -> name + year + "年度部门预算信息公开";
          default -> name + "部门预算绩效目标（" + year + "年）";
        };
    SourceText text = new SourceText("cover.txt", cover + "\n\n目 录\n\n第一部分 部门整体绩效目标\n");
    assertThat(reader.department(text, new Problems("cover.txt")))
        .isEqualTo(new Department(name, year));
  }

  @Property(tries = 300)
  void neverThrowsAndOnlyWarns(@ForAll("noise") List<String> lines) {
    SourceText text = new SourceText("noise.txt", String.join("\n", lines));
    Problems problems = new Problems("noise.txt");
    reader.department(text, problems);
    DepartmentGoals goals = reader.overall(text, problems);
    assertThat(problems.all()).noneMatch(ImportProblem::isError);
    assertThat(problems.all()).noneMatch(p -> p.code().equals("IMP-PART1"));
    if (goals != null) {
      assertThat(goals.subGoals()).allSatisfy(s -> assertThat(s.title()).isNotBlank());
    }
  }

  private static String markdown(List<Para> summary, List<Spec> subGoals, List<MeasureSpec> ms) {
    StringBuilder b = new StringBuilder("封面\n\n---\n\n# 第一部分\n\n## 部门整体绩效目标\n\n");
    b.append("### 一、总体绩效目标\n\n#### 一、总体绩效目标\n\n");
    summary.forEach(p -> b.append(p.print("\n\n---\n\n")).append("\n\n"));
    b.append("### 二、分项绩效目标\n\n");
    for (int i = 0; i < subGoals.size(); i++) {
      b.append("#### （").append(CHINESE[i]).append("）").append(subGoals.get(i).goal().title());
      b.append("\n\n");
      subGoal(b, subGoals.get(i), "\n\n---\n\n");
    }
    if (!ms.isEmpty()) {
      b.append("### 三、工作保障措施\n\n");
      for (int i = 0; i < ms.size(); i++) {
        measure(b, "（" + CHINESE[i] + "）", ms.get(i));
      }
    }
    return b.append("---\n\n## 第二部分\n\n### 预算项目绩效目标\n").toString();
  }

  private static String plain(List<Para> summary, List<Spec> subGoals, List<MeasureSpec> ms) {
    StringBuilder b = new StringBuilder("五、预算绩效信息\n\n第一部分 部门整体绩效目标\n\n（一）总体绩效目标\n\n");
    summary.forEach(p -> b.append(p.print("\n\n")).append("\n\n"));
    b.append("（二）分项绩效目标\n\n");
    for (int i = 0; i < subGoals.size(); i++) {
      b.append(i + 1).append(". ").append(subGoals.get(i).goal().title()).append("\n\n");
      subGoal(b, subGoals.get(i), "\n\n");
    }
    if (!ms.isEmpty()) {
      b.append("（三）工作保障措施\n\n");
      for (int i = 0; i < ms.size(); i++) {
        measure(b, (i + 1) + ". ", ms.get(i));
      }
    }
    return b.append("第二部分 预算项目绩效目标\n\n1、某项目绩效目标表\n").toString();
  }

  private static void subGoal(StringBuilder b, Spec s, String pageBreak) {
    b.append("绩效目标：").append(s.printedGoal().print(pageBreak)).append("\n\n");
    if (s.prose() != null) {
      b.append("绩效指标：").append(s.prose().print(pageBreak)).append("\n\n");
    } else {
      b.append("绩效指标：\n\n");
      s.goal().indicators().forEach(i -> b.append(printed(i)).append("\n\n"));
    }
  }

  private static void measure(StringBuilder b, String number, MeasureSpec m) {
    if (m.inline()) {
      b.append(number).append(m.measure().title()).append("。").append(m.measure().text());
    } else {
      b.append(number).append(m.measure().title()).append("\n\n").append(m.measure().text());
    }
    b.append("\n\n");
  }

  /** The printed form of an indicator read as {@code read}: LaTeX for the signs without spaces. */
  private static String printed(String read) {
    return read.replaceAll("≥(\\d+)%", "\\$\\\\geq $1\\\\%\\$")
        .replaceAll("≤(\\d+)", "\\$\\\\leq $1\\$");
  }

  private static Arbitrary<String> word(int min, int max) {
    return Arbitraries.of(POOL.chars().mapToObj(c -> String.valueOf((char) c)).toList())
        .list()
        .ofMinSize(min)
        .ofMaxSize(max)
        .map(l -> String.join("", l));
  }

  private static Arbitrary<String> sentence() {
    return word(2, 10).list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("，", l) + "。");
  }

  /** A sentence, split by a page break in some cases. */
  private static Arbitrary<Para> para(boolean labelled) {
    return Combinators.combine(sentence(), Arbitraries.doubles().between(0, 1))
        .as((text, at) -> new Para(text, split(text, at, labelled)));
  }

  @Provide
  Arbitrary<List<Para>> paragraphs() {
    return para(false).list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<String> names() {
    return Combinators.combine(
            Arbitraries.of("河北省", "承德市", "保定市", "天津市", "石家庄高新区"),
            word(2, 10),
            Arbitraries.of("局", "委员会", "中心", "办公室", "院"))
        .as((a, b, c) -> a + b + c);
  }

  private static Arbitrary<String> indicator() {
    Arbitrary<Integer> n = Arbitraries.integers().between(1, 5000);
    return Combinators.combine(word(2, 12), n, Arbitraries.integers().between(0, 4))
        .as(
            (name, v, form) ->
                switch (form) {
                  case 0 -> name + " ≥" + v + "%";
                  case 1 -> name + " ≥ " + v + " 个";
                  case 2 -> name + " " + v + "%";
                  case 3 -> name + " ≤" + v + " 天";
                  default -> name + " 较上年提高";
                });
  }

  @Provide
  Arbitrary<List<Spec>> subGoals() {
    Arbitrary<Spec> spec =
        Combinators.combine(
                word(2, 14),
                para(true),
                indicator().list().ofMinSize(1).ofMaxSize(5),
                para(true),
                Arbitraries.of(true, false))
            .as(
                (title, goal, lines, prose, isProse) -> {
                  List<String> indicators = isProse ? List.of(prose.text()) : lines;
                  SubGoal read = new SubGoal(title, goal.text(), indicators);
                  return new Spec(read, goal, isProse ? prose : null);
                });
    return spec.list().ofMinSize(1).ofMaxSize(10);
  }

  /**
   * A place inside {@code text} between two ideographs where a page could break, or 0 when {@code
   * at} is below 0.3. An unlabelled paragraph breaks only after its first comma: a short line
   * without punctuation before a break reads as a heading, not as broken prose.
   */
  private static int split(String text, double at, boolean labelled) {
    if (at < 0.3 || !labelled && text.indexOf('，') < 0) {
      return 0;
    }
    List<Integer> places = new ArrayList<>();
    int from = labelled ? 1 : text.indexOf('，') + 2;
    for (int i = from; i < text.length(); i++) {
      if (POOL.indexOf(text.charAt(i - 1)) >= 0 && POOL.indexOf(text.charAt(i)) >= 0) {
        places.add(i);
      }
    }
    return places.isEmpty() ? 0 : places.get((int) ((at - 0.3) / 0.7 * (places.size() - 1)));
  }

  @Provide
  Arbitrary<List<MeasureSpec>> measures() {
    return Combinators.combine(word(2, 10), sentence(), Arbitraries.of(true, false))
        .as((title, text, inline) -> new MeasureSpec(new Measure(title, text), inline))
        .list()
        .ofMinSize(0)
        .ofMaxSize(6);
  }

  @Provide
  Arbitrary<List<String>> noise() {
    Arbitrary<String> line =
        Arbitraries.oneOf(
            Arbitraries.of(
                "",
                "---",
                "# 第一部分",
                "## 部门整体绩效目标",
                "第一部分 部门整体绩效目标",
                "（一）总体绩效目标",
                "二、分项绩效目标",
                "（三）工作保障措施",
                "绩效目标：",
                "绩效指标：",
                "绩效指标：某某 ≥ 1",
                "1.",
                "（一）",
                "①",
                "#",
                "第二部分",
                "$\\geq 90\\%$",
                "一级指标\t二级指标",
                "承德市某局",
                "2023 年部门预算绩效文本",
                "某某局部门预算（2024年）",
                "目录",
                "一、总体绩效目标.....\t1"),
            word(0, 30),
            Arbitraries.strings().ofMaxLength(20));
    return line.list().ofMaxSize(40);
  }
}
