package io.jixiao.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which 绩效目标表 a table is, within its department and budget year, whatever its position in the
 * document: the 项目编码 where one is printed ({@code code:13080023P000085100062}), else the
 * normalised project name with the budget unit's code, else its name ({@code
 * name:基础地理信息数据采集更新|543001}). Normalising folds full-width to half-width characters,
 * removes whitespace and punctuation and lower-cases Latin letters, so {@code （2024）年 学生资助}
 * and {@code (2024)年学生资助} are one table. Re-imports and new versions are matched on it, never
 * on position.
 *
 * <p>Two tables of one document with the same identity (the same project printed twice) are told
 * apart by their order: the second gets {@code #2} ({@link #of(List)}).
 *
 * @param key the key stored with the workflow row; at most {@link #MAX_LENGTH} characters (longer
 *     keys end in the SHA-256 of the whole key)
 */
public record ProjectIdentity(String key) {

  /** The longest key stored. */
  public static final int MAX_LENGTH = 200;

  private static final int KEEP = 120;
  private static final Pattern FOLDED = Pattern.compile("[\\s\\p{P}\\p{S}\\p{Z}\\p{Cc}]+");

  public ProjectIdentity {
    Objects.requireNonNull(key, "key");
    if (key.isBlank() || key.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("an identity key has 1 to " + MAX_LENGTH + " characters");
    }
  }

  /** The identity of one table, alone in its document. */
  public static ProjectIdentity of(Project p) {
    if (p.code() != null) {
      return bounded("code:" + normalise(p.code().value()));
    }
    String unit = null;
    if (p.unit() != null) {
      unit = p.unit().code() != null ? p.unit().code().value() : normalise(p.unit().name());
    }
    return bounded("name:" + normalise(p.displayName()) + (unit == null ? "" : "|" + unit));
  }

  /**
   * The identities of a document's tables, in order: a table whose identity an earlier table of the
   * same list has is the {@code n}-th of that identity and gets {@code #n}.
   */
  public static List<ProjectIdentity> of(List<Project> projects) {
    Map<ProjectIdentity, Integer> seen = new HashMap<>();
    List<ProjectIdentity> identities = new ArrayList<>(projects.size());
    for (Project p : projects) {
      ProjectIdentity id = of(p);
      int n = seen.merge(id, 1, Integer::sum);
      identities.add(n == 1 ? id : bounded(id.key + "#" + n));
    }
    return identities;
  }

  /**
   * Text folded for comparison: NFKC (full-width to half-width), lower case, without whitespace,
   * punctuation and symbols; null stays null.
   */
  public static String normalise(String text) {
    if (text == null) {
      return null;
    }
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return FOLDED.matcher(n).replaceAll("");
  }

  private static ProjectIdentity bounded(String key) {
    if (key.length() <= MAX_LENGTH) {
      return new ProjectIdentity(key);
    }
    return new ProjectIdentity(key.substring(0, KEEP) + "~" + sha256(key));
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return key;
  }
}
