package io.jixiao.web;

import io.jixiao.model.BeijingTime;
import io.jixiao.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
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

  /** 北京时间 to the minute: {@code 2024-03-01 08:30}. */
  public String time(Instant at) {
    return at == null ? DASH : BeijingTime.minutes(at);
  }

  /** 北京时间 to the second, for the audit log. */
  public String seconds(Instant at) {
    return at == null ? DASH : BeijingTime.seconds(at);
  }

  /** The calendar day in China: {@code 2024-03-01}. */
  public String date(Instant at) {
    return at == null ? DASH : BeijingTime.date(at);
  }

  public String month(YearMonth m) {
    return m == null ? DASH : m.getYear() + "年" + m.getMonthValue() + "月底";
  }
}
