package io.jixiao.document;

import java.util.List;

/**
 * Stage one (docs/adr/0015): turns one kind of source into {@link Grid}s. A new layout of the
 * same forms is a new grid reader; what the cells mean is {@link FormReader}'s business.
 */
interface GridReader {

  /** True when the text holds tables of this reader's kind; decided by content. */
  boolean accepts(SourceText text);

  /** The tables in source order. */
  List<Grid> read(SourceText text);
}
