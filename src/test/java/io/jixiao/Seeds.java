package io.jixiao;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The four real published documents in {@code ../shared/seeds} (relative to the repository root).
 * They are read from there and never copied into the repository.
 */
public final class Seeds {

  /** Cell per tab-indented line, 212 tables, Tianjin 规划和自然资源局 (no Part 1). */
  public static final String TIANJIN_PLANNING = "000_bac6630e04c07af0.txt";

  /** Markdown headings and tab-separated rows, 承德 with Part 1, 项目编码 and 资金支出计划. */
  public static final String CHENGDE = "001_4926210a0e6bdf01.txt";

  /** Cell per tab-indented line, 69 tables, Tianjin 生态环境局. */
  public static final String TIANJIN_ECOLOGY = "003_048537671a369fc1.txt";

  /** PDF conversion: plain headings, LaTeX signs, tables split over pages, 石家庄高新区. */
  public static final String SHIJIAZHUANG = "004_51cbaa0335987f54.txt";

  private Seeds() {}

  public static Path dir() {
    Path dir = Path.of("..", "shared", "seeds").toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("seed documents not found at " + dir + " (../shared/seeds)");
    }
    return dir;
  }

  public static Path path(String name) {
    return dir().resolve(name);
  }
}
