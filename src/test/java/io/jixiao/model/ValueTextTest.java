package io.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "≥90%              | ≥90%",
        "保障正常运转         | 保障正常运转",
        "> = 90 ％          | ≥90%",
        ">=95%             | ≥95%",
        "≥=95%             | ≥95%",
        "<=5天              | ≤5天",
        "＜＝５天             | ≤5天",
        "70--80个           | 70-80个",
        "70 — — 80个        | 70-80个",
        "=100%             | =100%",
        "-5%               | -5%",
        "2023年12月31日前     | 2023年12月31日前",
        "$\\geq 90\\%$      | ≥90%",
        "$\\leq$ {5} 天     | ≤5天",
        "１，０００ 元         | 1，000元",
      })
  void normalisesSignsDigitsAndWhiteSpaceAndLeavesTheRestAsPrinted(String printed, String text) {
    assertThat(ValueText.normalise(printed)).isEqualTo(text);
  }
}
