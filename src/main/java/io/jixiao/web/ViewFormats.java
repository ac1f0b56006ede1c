package io.jixiao.web;

import io.jixiao.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How the monitoring and self-evaluation pages print figures ({@code ${@fmt.percent(x)}}): amounts
 * in 万元 with two decimals, percentages and points to 0.01, months as 2024年6月底, "—" for unknown.
 */
@Component("fmt")
class ViewFormats {

  static final String DASH = "—";

  public String money(Money m) {
    return m == null ? DASH : amount(m.wan());
  }

  public String amount(BigDecimal wan) {
    if (wan == null) {
      return DASH;
    }
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(wan);
  }

  public String percent(BigDecimal p) {
    return p == null ? DASH : p.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  public String number(BigDecimal n) {
    return n == null ? DASH : n.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** A difference in points with its sign: {@code +5.49}, {@code -1.42}. */
  public String points(BigDecimal p) {
    if (p == null) {
      return DASH;
    }
    String s = p.setScale(2, RoundingMode.HALF_UP).toPlainString();
    return p.signum() > 0 ? "+" + s : s;
  }

  public String month(YearMonth m) {
    return m == null ? DASH : m.getYear() + "年" + m.getMonthValue() + "月底";
  }
}
