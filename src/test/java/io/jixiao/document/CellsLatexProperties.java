package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Cells#latex} reads formulas as the patterns it was first written with. */
class CellsLatexProperties {

  private static final Pattern FORMULA = Pattern.compile("\\$([^$\\n]{0,80})\\$");
  private static final Pattern GEQ = Pattern.compile("\\\\(geq|geqslant|ge)(?![a-zA-Z])");
  private static final Pattern LEQ = Pattern.compile("\\\\(leq|leqslant|le)(?![a-zA-Z])");
  private static final Pattern NEQ = Pattern.compile("\\\\(neq|ne)(?![a-zA-Z])");
  private static final Pattern TEXT_COMMAND = Pattern.compile("\\\\(text|mathrm)\\{([^}]*)\\}");

  @Property(tries = 3000)
  void findsTheFormulasThePatternFinds(@ForAll("printed") String s) {
    assertThat(Cells.latex(s)).isEqualTo(withPattern(s));
  }

  @Property(tries = 1000)
  void readsAFormulaOfAtMost80Characters(@ForAll("aroundTheLimit") String s) {
    assertThat(Cells.latex(s)).isEqualTo(withPattern(s));
  }

  @Property(tries = 3000)
  void readsTheCommandsAsThePatternsDo(@ForAll("commands") String s) {
    assertThat(Cells.latex(s)).isEqualTo(withPattern(s));
  }

  @Example
  void turnsSignsIntoCharactersAndKeepsTextOutsideFormulas() {
    assertThat(Cells.latex("完成率 $\\geq 90\\%$，误差$\\leq$5$\\neq$")).isEqualTo("完成率 ≥90%，误差≤5≠");
    assertThat(Cells.latex("$\\text{万元}$ 与 $\\mathrm{km}$")).isEqualTo("万元 与 km");
    assertThat(Cells.latex("价格 $5 与 $")).isEqualTo("价格 5与");
    assertThat(Cells.latex("$" + "1".repeat(81) + "$")).isEqualTo("$" + "1".repeat(81) + "$");
    assertThat(Cells.latex("$1\n2$ 无公式")).isEqualTo("$1\n2$ 无公式");
  }

  @Provide
  Arbitrary<String> printed() {
    return Arbitraries.strings()
        .withChars('$', '$', '\\', '\n', ' ', '{', '}', '~', '%', 'g', 'e', 'q', 'l', 't', 'x')
        .withChars('n', 'm', 'a', 'h', 'r', 'i', 's', '1', '指', '，')
        .ofMaxLength(40);
  }

  /** Formulas made of commands, braces and text. */
  @Provide
  Arbitrary<String> commands() {
    return Arbitraries.of(
            "$", "$", "\\geq", "\\ge", "\\geqslant", "\\gex", "\\le", "\\leq", "\\leqslant",
            "\\neq", "\\ne", "\\net", "\\times", "\\%", "\\text{", "\\mathrm{", "\\", "{", "}",
            " ", "~", "a", "1", "\n", "万元")
        .list()
        .ofMaxSize(12)
        .map(tokens -> String.join("", tokens));
  }

  /** A formula of 70 to 90 characters between text. */
  @Provide
  Arbitrary<String> aroundTheLimit() {
    Arbitrary<String> text = Arbitraries.strings().withChars('a', '1', '$', '\n').ofMaxLength(3);
    Arbitrary<String> body =
        Arbitraries.strings().withChars('a', '\\', ' ').ofMinLength(70).ofMaxLength(90);
    return Combinators.combine(text, body, text).as((a, b, c) -> a + "$" + b + "$" + c);
  }

  /** The formulas found by the pattern, each body read by the patterns of the commands. */
  private static String withPattern(String s) {
    Matcher m = FORMULA.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(body(m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String body(String body) {
    String s = body;
    s = GEQ.matcher(s).replaceAll("≥");
    s = LEQ.matcher(s).replaceAll("≤");
    s = NEQ.matcher(s).replaceAll("≠");
    s = s.replace("\\times", "×");
    s = s.replace("\\%", "%");
    s = TEXT_COMMAND.matcher(s).replaceAll("$2");
    s = s.replace("{", "").replace("}", "").replace("~", " ");
    return s.replace(" ", "");
  }
}
