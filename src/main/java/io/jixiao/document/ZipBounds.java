package io.jixiao.document;

import io.jixiao.limits.Limits;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * The bounds of a DOCX or XLSX file checked in one streaming pass before POI builds anything in
 * memory: the bytes of all ZIP entries once unpacked (a 1.4 MB file can unpack to 100 MB), and for a
 * workbook the cells of its worksheets, counted with a StAX reader. The pass holds one buffer, not
 * the file's content, so a refused file costs little memory whatever its size (ADR 0013).
 *
 * <p>A file the pass cannot read as a ZIP is left to POI, which reports it as damaged.
 */
final class ZipBounds {

  private static final Pattern WORKSHEET = Pattern.compile("xl/worksheets/[^/]+\\.xml");
  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  private ZipBounds() {}

  /** A refusal: the problem code and the Chinese message. */
  record Refusal(String code, String message) {}

  /** Null when the file is within the limits (or no readable ZIP), else why it is refused. */
  static Refusal check(byte[] zip, Limits limits, boolean workbook) {
    Counter counter = new Counter(limits.unpackedBytes());
    long cells = 0;
    // the ZIP reader POI itself uses for a workbook or document read from memory
    try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
      ZipArchiveEntry e;
      byte[] buffer = new byte[8192];
      while ((e = in.getNextEntry()) != null) {
        counter.in = in;
        if (workbook && WORKSHEET.matcher(e.getName()).matches()) {
          cells += cells(counter, limits.workbookCells() - cells, limits.workbookCells());
        } else {
          while (counter.read(buffer) >= 0) {
            // counted
          }
        }
      }
    } catch (Unbounded u) {
      return u.refusal;
    } catch (IOException | XMLStreamException | RuntimeException e) {
      // a StAX parser may wrap what the counting stream threw
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof Unbounded u) {
          return u.refusal;
        }
      }
      return null;
    }
    return null;
  }

  /** The cells ({@code <c>} elements) of one worksheet, refused beyond {@code left}. */
  private static long cells(InputStream sheet, long left, long limit) throws XMLStreamException {
    XMLStreamReader r = XML.createXMLStreamReader(sheet);
    long n = 0;
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && "c".equals(r.getLocalName())) {
          if (++n > left) {
            throw new Unbounded(
                "IMP-LIMIT-CELLS",
                "工作簿的单元格超过上限 "
                    + String.format("%,d", limit)
                    + " 个（上限 workbook-cells），未读取；真实的绩效目标工作簿通常不足 5 万个单元格，请确认文件是否正确");
          }
        }
      }
    } finally {
      r.close();
    }
    return n;
  }

  /** Counts the unpacked bytes of every entry read through it, across entries. */
  private static final class Counter extends FilterInputStream {
    InputStream in;
    private final long max;
    private long total;

    Counter(long max) {
      super(null);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public void close() {
      // the ZIP stream is closed by its owner
    }

    private void count(int n) {
      total += n;
      if (total > max) {
        throw new Unbounded(
            "IMP-TOO-LARGE-UNPACKED",
            "文件解压后超过上限 "
                + Limits.megabytes(max)
                + "（上限 unpacked-bytes），未读取；文件可能被恶意构造，或含有过多的图片和内容");
      }
    }
  }

  private static final class Unbounded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Refusal refusal;

    Unbounded(String code, String message) {
      super(message, null, false, false);
      this.refusal = new Refusal(code, message);
    }
  }
}
