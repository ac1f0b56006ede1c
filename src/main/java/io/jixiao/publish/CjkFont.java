package io.jixiao.publish;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The font with Chinese glyphs that PDFs are written in. openhtmltopdf embeds TrueType outlines
 * only: an OpenType/CFF font (the Noto CJK {@code .otf}/{@code .ttc} most systems carry) fails, so
 * the font is looked for among TrueType fonts: the file named by the system property {@value
 * #PROPERTY} or the environment variable {@value #VARIABLE}, else the first of {@link #CANDIDATES}
 * that exists. A collection ({@code .ttc}) gives its first TrueType member that has the ideographs.
 *
 * <p>An open font holds its file open until {@link #close()}; PDFBox reads glyphs from it when the
 * document is saved.
 */
final class CjkFont implements Closeable {

  static final String PROPERTY = "jixiao.pdf.font";
  static final String VARIABLE = "JIXIAO_PDF_FONT";

  /**
   * The Debian package that provides the first candidate; named in the error when none is found.
   */
  static final String DEBIAN_PACKAGE = "fonts-wqy-zenhei";

  /** TrueType fonts with the CJK ideographs on Debian/Ubuntu, macOS and Windows, best first. */
  static final List<String> CANDIDATES =
      List.of(
          "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
          "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
          "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
          "/usr/share/fonts/truetype/arphic/uming.ttc",
          "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
          "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc",
          "/System/Library/Fonts/STHeiti Medium.ttc",
          "/Library/Fonts/Arial Unicode.ttf",
          "C:/Windows/Fonts/simhei.ttf",
          "C:/Windows/Fonts/msyh.ttc",
          "C:/Windows/Fonts/simsun.ttc");

  private final Path file;
  private final TrueTypeFont font;
  private final Closeable owner;

  private CjkFont(Path file, TrueTypeFont font, Closeable owner) {
    this.file = file;
    this.font = font;
    this.owner = owner;
  }

  /** Opens the configured font, or the first candidate found; a clear error when there is none. */
  static CjkFont open() throws IOException {
    String configured = System.getProperty(PROPERTY);
    String source = "系统属性 " + PROPERTY;
    if (configured == null || configured.isBlank()) {
      configured = System.getenv(VARIABLE);
      source = "环境变量 " + VARIABLE;
    }
    if (configured != null && !configured.isBlank()) {
      Path p = Path.of(configured.strip());
      if (!Files.isRegularFile(p)) {
        throw new MissingFontException(source + " 指定的字体文件不存在：" + p);
      }
      return open(p);
    }
    return open(find(CANDIDATES));
  }

  /** The first existing file of {@code candidates}. */
  static Path find(List<String> candidates) throws MissingFontException {
    for (String c : candidates) {
      Path p = Path.of(c);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new MissingFontException(
        "未找到可用于生成 PDF 的中文 TrueType 字体。请安装 Debian 软件包 "
            + DEBIAN_PACKAGE
            + "（apt-get install -y "
            + DEBIAN_PACKAGE
            + "），或用环境变量 "
            + VARIABLE
            + " 指定一个 TrueType 字体文件（.ttf 或 .ttc；OpenType/CFF 的 .otf 不可用）。已查找："
            + String.join("、", candidates));
  }

  /** Opens a TrueType font or collection file. */
  static CjkFont open(Path p) throws IOException {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".ttc")) {
      TrueTypeCollection collection = new TrueTypeCollection(p.toFile());
      List<TrueTypeFont> usable = new ArrayList<>();
      collection.processAllFonts(
          f -> {
            if (usable.isEmpty() && trueType(f) && hasIdeographs(f)) {
              usable.add(f);
            }
          });
      if (usable.isEmpty()) {
        collection.close();
        throw unusable(p);
      }
      return new CjkFont(p, usable.get(0), collection);
    }
    TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBufferedFile(p.toFile()));
    if (!trueType(f) || !hasIdeographs(f)) {
      f.close();
      throw unusable(p);
    }
    return new CjkFont(p, f, f);
  }

  private static MissingFontException unusable(Path p) {
    return new MissingFontException(
        "字体文件 "
            + p
            + " 不能用于生成 PDF：需要含汉字的 TrueType 字体（OpenType/CFF 字体不可用），例如 Debian 软件包 "
            + DEBIAN_PACKAGE
            + " 中的 wqy-zenhei.ttc");
  }

  private static boolean trueType(TrueTypeFont f) {
    return !(f instanceof OpenTypeFont) || !((OpenTypeFont) f).isPostScript();
  }

  private static boolean hasIdeographs(TrueTypeFont f) {
    try {
      CmapLookup cmap = f.getUnicodeCmapLookup(false);
      return cmap != null && cmap.getGlyphId('中') > 0 && cmap.getGlyphId('绩') > 0;
    } catch (IOException e) {
      return false;
    }
  }

  Path file() {
    return file;
  }

  TrueTypeFont font() {
    return font;
  }

  @Override
  public void close() throws IOException {
    owner.close();
  }

  /** No usable font: the message says what to install or configure. */
  static final class MissingFontException extends IOException {
    MissingFontException(String message) {
      super(message);
    }
  }
}
