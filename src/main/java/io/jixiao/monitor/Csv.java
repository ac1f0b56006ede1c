package io.jixiao.monitor;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: records separated by line breaks (CRLF, LF or a lone CR), fields by commas; a field
 * that starts with a double quote runs to the matching closing quote and may hold commas, line
 * breaks and quotes written twice ({@code ""}). Fields are kept exactly, spaces included. A quote
 * inside an unquoted field, or anything but a comma or a line break after a closing quote, is an
 * error for that record (the rest of its line is skipped); a quote left open is an error for the
 * rest of the file.
 */
final class Csv {

  /** One record: the line it starts on (1-based) and its fields. */
  record Record(int line, List<String> fields) {
    Record {
      fields = List.copyOf(fields);
    }

    /** A line with nothing on it. */
    boolean blank() {
      return fields.size() == 1 && fields.get(0).isEmpty();
    }
  }

  /**
   * A record that could not be read: its line, the 0-based field where reading failed, why, and
   * whether the rest of the file is lost with it (a quote left open).
   */
  record Error(int line, int field, String message, boolean rest) {}

  /** The records read and the errors met. */
  record Parsed(List<Record> records, List<Error> errors) {}

  private final String text;
  private int pos;
  private int line = 1;

  private Csv(String text) {
    this.text = text;
  }

  static Parsed parse(String text) {
    return new Csv(text).records();
  }

  private Parsed records() {
    List<Record> records = new ArrayList<>();
    List<Error> errors = new ArrayList<>();
    int n = text.length();
    while (pos < n) {
      int start = line;
      List<String> fields = new ArrayList<>();
      Error error = record(fields);
      if (error == null) {
        records.add(new Record(start, fields));
      } else {
        errors.add(error);
        if (error.rest()) {
          break;
        }
        skipLine();
      }
    }
    return new Parsed(records, errors);
  }

  /** Reads one record into {@code fields}; an error leaves {@code pos} where reading stopped. */
  private Error record(List<String> fields) {
    int start = line;
    int n = text.length();
    StringBuilder field = new StringBuilder();
    while (true) {
      field.setLength(0);
      if (pos < n && text.charAt(pos) == '"') {
        pos++;
        while (true) {
          if (pos >= n) {
            return new Error(start, fields.size(), "引号未闭合：从本行开始的带引号字段直到文件末尾都没有结束引号", true);
          }
          char c = text.charAt(pos);
          if (c == '"') {
            if (pos + 1 < n && text.charAt(pos + 1) == '"') {
              field.append('"');
              pos += 2;
              continue;
            }
            pos++;
            break;
          }
          if (c == '\n' || (c == '\r' && (pos + 1 >= n || text.charAt(pos + 1) != '\n'))) {
            line++;
          }
          field.append(c);
          pos++;
        }
        fields.add(field.toString());
        if (pos >= n) {
          return null;
        }
        char c = text.charAt(pos);
        if (c == ',') {
          pos++;
          continue;
        }
        if (lineBreak()) {
          return null;
        }
        return new Error(
            line, fields.size() - 1, "结束引号后应为逗号或换行，实际为“" + c + "”（字段内的引号要写成两个引号 \"\"）", false);
      }
      while (pos < n) {
        char c = text.charAt(pos);
        if (c == ',' || c == '\n' || c == '\r') {
          break;
        }
        if (c == '"') {
          return new Error(
              line, fields.size(), "未加引号的字段中出现引号：含引号、逗号或换行的字段须整体用英文双引号括起，字段内的引号写成两个引号 \"\"", false);
        }
        field.append(c);
        pos++;
      }
      fields.add(field.toString());
      if (pos >= n) {
        return null;
      }
      if (text.charAt(pos) == ',') {
        pos++;
        if (pos >= n) {
          fields.add("");
          return null;
        }
        continue;
      }
      lineBreak();
      return null;
    }
  }

  /** Consumes a line break at {@code pos} (CRLF, LF or CR); false when there is none. */
  private boolean lineBreak() {
    char c = text.charAt(pos);
    if (c == '\r') {
      pos++;
      if (pos < text.length() && text.charAt(pos) == '\n') {
        pos++;
      }
      line++;
      return true;
    }
    if (c == '\n') {
      pos++;
      line++;
      return true;
    }
    return false;
  }

  private void skipLine() {
    int n = text.length();
    while (pos < n && !lineBreak()) {
      pos++;
    }
  }

  /** One record written with quotes where needed and a CRLF after it. */
  static void write(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quote(fields.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * The field as written: in quotes (with inner quotes doubled) when it holds a comma, a quote or a
   * line break, starts or ends with white space, or would otherwise be read as a blank line.
   */
  static String quote(String field) {
    boolean needs = false;
    for (int i = 0; i < field.length() && !needs; i++) {
      char c = field.charAt(i);
      needs = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!field.isEmpty()
        && (Character.isWhitespace(field.charAt(0))
            || Character.isWhitespace(field.charAt(field.length() - 1)))) {
      needs = true;
    }
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}
