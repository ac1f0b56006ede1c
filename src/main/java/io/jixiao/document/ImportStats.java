package io.jixiao.document;

import io.jixiao.model.Indicator;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TargetValue;

/**
 * How much of a document was read: tables, indicators, and how many of the printed (non-blank)
 * values the value grammar understood.
 */
public record ImportStats(int tables, int indicators, int values, int parsedValues) {

  public static ImportStats of(TargetDocument document) {
    int values = 0;
    int parsed = 0;
    for (var project : document.projects()) {
      for (Indicator i : project.indicators()) {
        if (i.value() == null || i.value().isBlank()) {
          continue;
        }
        values++;
        TargetValue t = i.target();
        if (t != null && t.parsed() && !(t instanceof TargetValue.Unparsed)) {
          parsed++;
        }
      }
    }
    return new ImportStats(document.projects().size(), document.indicatorCount(), values, parsed);
  }

  /** The share of printed values parsed, in percent; 100 when there are none. */
  public double parsedPercent() {
    return values == 0 ? 100.0 : 100.0 * parsedValues / values;
  }
}
