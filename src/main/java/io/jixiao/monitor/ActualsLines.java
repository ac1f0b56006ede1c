package io.jixiao.monitor;

import io.jixiao.model.TargetDocument;
import java.util.List;

/**
 * Checks lines of actuals given as values with exactly the checks of {@link ActualsCsv} and {@link
 * ActualsXlsx}: problems name {@code name}, the line's number and the column ({@code value}, {@code
 * period} …); any error means no actuals.
 */
public final class ActualsLines {

  private ActualsLines() {}

  public static ActualsReadResult read(
      String name, List<ActualsLine> lines, List<TargetDocument> documents, ActualsScope scope) {
    ActualsValidator v = new ActualsValidator(name, null, documents, scope);
    for (ActualsLine line : lines) {
      v.line(
          new ActualsValidator.Line() {
            @Override
            public int number() {
              return line.number();
            }

            @Override
            public String get(ActualsColumn column) {
              return line.get(column);
            }

            @Override
            public String letter(ActualsColumn column) {
              return null;
            }
          });
    }
    return v.result();
  }
}
