package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.FormKind;
import io.jixiao.model.IndicatorFacts;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The forms of ../shared/forms as Word tables (built here with POI from the grids of their text
 * versions, with {@code gridSpan} for a caption row and {@code vMerge} for a cell blank below a
 * filled one) read natively (docs/adr/0017) into the same model as their text versions.
 */
class DocxFormsTest {

  private final DocumentReader reader = new DocumentReader();

  @Test
  void aDeclarationGridOfManyProjectsInWordGivesTheModelOfItsTabText() throws IOException {
    assertSameModel("sichuan-shenbao-grid.txt", new TextGridReader(TextGridReader.Kind.TAB));
  }

  @Test
  void aDeclarationWithLongTermAndAnnualBlocksInWordGivesTheModelOfItsText() throws IOException {
    TargetDocument word =
        assertSameModel("hunan-shenbao-longterm.txt", new CellPerLineGridReader());

    assertThat(word.projects()).extracting(p -> p.facts().form())
        .containsOnly(FormKind.DECLARATION);
    assertThat(word.projects().get(0).indicators())
        .filteredOn(i -> i.facts().term() == IndicatorFacts.Term.LONG)
        .hasSize(5);
  }

  @Test
  void aSelfEvaluationFormInWordGivesTheModelOfItsCellStream() throws IOException {
    TargetDocument word =
        assertSameModel("sichuan-ziping-cellperline.txt", new CellStreamGridReader());

    assertThat(word.projects().get(0).facts().selfEvaluation()).isNotNull();
    assertThat(word.indicatorCount()).isEqualTo(14);
  }

  @Test
  void aProblemOfANativeGridNamesTheWordTableAndRow() throws IOException {
    String text = Files.readString(FormsTest.form("sichuan-shenbao-grid.txt"))
        .replace("1,286,400.00", "约一百二十八万");
    List<Grid> grids =
        new TextGridReader(TextGridReader.Kind.TAB).read(new SourceText("x.txt", text));

    ImportResult r = reader.read("申报表.docx", docx(grids));

    assertThat(r.errors()).isEmpty();
    assertThat(r.document().projects().get(0).budget()).isNull();
    assertThat(r.document().projects().get(0).facts().unparsed())
        .extracting(io.jixiao.model.UnparsedCell::printed).containsExactly("约一百二十八万");
    assertThat(r.problems())
        .filteredOn(p -> p.code().equals("IMP-FORM-AMOUNT") || p.code().startsWith("IMP-BUDGET"))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.line()).isZero();
          assertThat(p.message()).contains("表格 1 第 ").contains("约一百二十八万");
        });
  }

  @Test
  void aSpannedCaptionAndVerticallyMergedCellsAreNullInTheGridBelowTheirFirstRow()
      throws IOException {
    List<Grid> grids =
        List.of(
            new Grid(
                List.of("前言"),
                List.of(
                    row("项目绩效目标表", null, null),
                    row("项目名称", "一级指标", "三级指标"),
                    row("甲", "产出指标", "A"),
                    row(null, null, "B"))));
    try (XWPFDocument doc =
        new XWPFDocument(new java.io.ByteArrayInputStream(docx(grids)))) {
      List<Grid> read = DocxLines.of(doc).grids();

      assertThat(read).hasSize(1);
      assertThat(read.get(0).above()).containsExactly("前言");
      assertThat(read.get(0).rows()).extracting(Grid.Row::cells)
          .containsExactly(
              java.util.Arrays.asList("项目绩效目标表", null, null),
              List.of("项目名称", "一级指标", "三级指标"),
              List.of("甲", "产出指标", "A"),
              java.util.Arrays.asList(null, null, "B"));
    }
  }

  private TargetDocument assertSameModel(String form, GridReader gridReader) throws IOException {
    String text = Files.readString(FormsTest.form(form));
    List<Grid> grids = gridReader.read(new SourceText(form, text));
    TargetDocument fromText = FormsTest.read(form);

    ImportResult r = reader.read(form + ".docx", docx(grids));

    assertThat(r.errors()).isEmpty();
    TargetDocument word = r.document();
    assertThat(word.department()).isEqualTo(fromText.department());
    assertThat(word.projects()).isEqualTo(fromText.projects());
    assertThat(word.projects()).extracting(Project::name).doesNotContainNull();
    return word;
  }

  private static Grid.Row row(String... cells) {
    return new Grid.Row(0, java.util.Arrays.asList(cells), false);
  }

  /**
   * A Word document of the grids: the lines above a grid as paragraphs, each row as a table row
   * over the grid's width; a row with only its first cell is one cell spanning the width, and a
   * blank cell below a filled one (or below such a merge) continues it as a vertical merge.
   */
  static byte[] docx(List<Grid> grids) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (Grid g : grids) {
        for (String line : g.above()) {
          doc.createParagraph().createRun().setText(line);
        }
        int width = g.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(1);
        XWPFTable table = doc.createTable();
        boolean[] open = new boolean[width]; // the column's cell above starts or continues a merge
        for (int r = 0; r < g.rows().size(); r++) {
          Grid.Row row = g.rows().get(r);
          Grid.Row next = r + 1 < g.rows().size() ? g.rows().get(r + 1) : null;
          XWPFTableRow tr = r == 0 ? table.getRow(0) : table.createRow();
          while (tr.getTableCells().size() > 0) {
            tr.removeCell(0);
          }
          if (caption(row)) {
            XWPFTableCell c = tr.addNewTableCell();
            c.setText(row.cell(0));
            c.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(width));
            java.util.Arrays.fill(open, false);
            continue;
          }
          for (int i = 0; i < width; i++) {
            XWPFTableCell c = tr.addNewTableCell();
            String v = row.cell(i);
            CTTcPr pr = c.getCTTc().addNewTcPr();
            boolean below = next != null && !caption(next) && next.cell(i) == null;
            if (v != null) {
              c.setText(v);
              if (below) {
                pr.addNewVMerge().setVal(STMerge.RESTART);
              }
              open[i] = below;
            } else if (open[i]) {
              pr.addNewVMerge(); // continue
              open[i] = below;
            }
          }
        }
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static boolean caption(Grid.Row row) {
    return row.cell(0) != null && row.filled().size() == 1 && row.cells().size() > 1;
  }
}
