package io.jixiao.document;

import io.jixiao.model.Project;
import java.util.List;

/** Reads the target tables (Part 2) of one layout of text export. */
interface TableReader {

  /** True when the text is in this reader's layout; decided by content, never by file name. */
  boolean accepts(SourceText text);

  /** The tables in document order; problems go to {@code problems} with their line. */
  List<Project> read(SourceText text, Problems problems);
}
