package io.jixiao.monitor;

/**
 * One line of actuals given as values rather than read from a file (a web form, a JSON request):
 * the six fields of an actuals CSV line as the person entered them, and the number by which
 * problems name the line. {@link ActualsLines#read} checks such lines as a file's.
 *
 * @param number 1-based; problems about this line carry it
 */
public record ActualsLine(
    int number, String source, String seq, String row, String period, String value, String note) {

  String get(ActualsColumn column) {
    switch (column) {
      case SOURCE:
        return source;
      case SEQ:
        return seq;
      case ROW:
        return row;
      case PERIOD:
        return period;
      case VALUE:
        return value;
      default:
        return note;
    }
  }
}
