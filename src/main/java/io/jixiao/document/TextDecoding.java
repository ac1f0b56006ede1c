package io.jixiao.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text export: UTF-8 (with or without BOM), else GB18030 (what Chinese Windows saves as
 * "ANSI"). A file with NUL bytes or many control characters is binary and refused.
 */
final class TextDecoding {

  private TextDecoding() {}

  /** The decoded text, or null with an error in {@code problems}. */
  static String decode(byte[] bytes, Problems problems) {
    int probe = Math.min(bytes.length, 64 * 1024);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        problems.error(
            "IMP-BINARY", 0, null, null, "不是文本文件（含二进制内容）；请导入 .txt 文本导出或 JSON 交换文件");
        return null;
      }
    }
    String text = utf8(bytes);
    if (text == null) {
      text = strict(bytes, Charset.forName("GB18030"));
    }
    if (text == null || controlShare(text) > 0.01) {
      problems.error("IMP-BINARY", 0, null, null, "无法识别文件编码（不是 UTF-8 或 GB18030 文本），可能是二进制文件");
      return null;
    }
    return text;
  }

  /**
   * The bytes as UTF-8, or null when they are not UTF-8. The plain decoder is fast and replaces
   * malformed input with U+FFFD; without a U+FFFD in its result the input was well-formed, and the
   * strict decoder would give the same text. Only a text with U+FFFD is decoded again, strictly.
   */
  static String utf8(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.indexOf('\ufffd') < 0 ? text : strict(bytes, StandardCharsets.UTF_8);
  }

  private static String strict(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static double controlShare(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return (double) control / text.length();
  }
}
