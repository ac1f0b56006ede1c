package io.jixiao.document;

import io.jixiao.target.Project;
import java.util.List;

/**
 * Layout B: one table row per line with tab-separated cells (markdown or plain headings above each
 * table, a PDF conversion whose tables are split over pages with a repeated header).
 */
final class TabRowReader implements TableReader {

  @Override
  public boolean accepts(SourceText text) {
    return false;
  }

  @Override
  public List<Project> read(SourceText text, Problems problems) {
    return List.of();
  }
}
