package io.jixiao.document;

import io.jixiao.target.Project;
import java.util.List;

/**
 * Layout A: a Word table exported one cell per tab-indented line, rows separated by blank lines,
 * table titles on unindented lines ({@code [bookmark: _Toc…]1.… 绩效目标表}).
 */
final class CellPerLineReader implements TableReader {

  @Override
  public boolean accepts(SourceText text) {
    return false;
  }

  @Override
  public List<Project> read(SourceText text, Problems problems) {
    return List.of();
  }
}
