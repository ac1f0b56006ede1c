package io.jixiao.model;

import java.util.Objects;

/**
 * A cell the importer could not read into its field: the printed text is kept, the field stays
 * blank in the model, and the import problem that goes with it says where the cell is.
 *
 * @param field the field's Chinese label, e.g. {@code 资金支出计划（10月底）}
 * @param printed the cell as printed (after the whitespace rule)
 */
public record UnparsedCell(String field, String printed) {

  public UnparsedCell {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(printed, "printed");
  }
}
