package io.jixiao.publish;

import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The page and the paragraph styles of the published layout: A4 portrait, 仿宋 body text, 黑体
 * headings, 宋体 in tables, page numbers in the footer from the second page on. Headings carry an
 * outline level, which the table of contents collects and {@code DocxReader} turns back into
 * heading marks.
 */
final class DocxStyles {

  /** A4 in twips (1/20 pt). */
  static final int PAGE_WIDTH = 11906;

  static final int PAGE_HEIGHT = 16838;
  static final int MARGIN_TOP = 1701;
  static final int MARGIN_BOTTOM = 1531;
  static final int MARGIN_LEFT = 1474;
  static final int MARGIN_RIGHT = 1361;

  /** The width of the text column, which tables fill. */
  static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

  static final String PART = "Heading1";
  static final String SECTION = "Heading2";
  static final String SUB_GOAL = "Heading3";
  static final String TABLE_TITLE = "TableTitle";
  static final String BODY = "BodyText";
  static final String LABELLED = "LabelledText";
  static final String UNIT_LINE = "UnitLine";
  static final String AMOUNT_UNIT = "AmountUnit";
  static final String TABLE_TEXT = "TableText";
  static final String TABLE_LABEL = "TableLabel";
  static final String CONTENTS_TITLE = "ContentsTitle";
  static final String TOC1 = "TOC1";
  static final String TOC2 = "TOC2";
  static final String COVER_NAME = "CoverName";
  static final String COVER_TITLE = "CoverTitle";
  static final String COVER_NOTE = "CoverNote";
  static final String COVER_ORG = "CoverOrg";

  private static final String SONG = "宋体";
  private static final String FANGSONG = "仿宋";
  private static final String HEI = "黑体";
  private static final String KAI = "楷体";

  private DocxStyles() {}

  /** Installs the styles, the A4 page and the footer with page numbers. */
  static void apply(XWPFDocument doc) throws IOException {
    try {
      StylesDocument styles = StylesDocument.Factory.parse(stylesXml());
      doc.createStyles().setStyles(styles.getStyles());
    } catch (XmlException e) {
      throw new IllegalStateException("the built-in styles are not valid XML", e);
    }
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar mar = sect.addNewPgMar();
    mar.setTop(BigInteger.valueOf(MARGIN_TOP));
    mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    mar.setHeader(BigInteger.valueOf(851));
    mar.setFooter(BigInteger.valueOf(992));
    mar.setGutter(BigInteger.ZERO);
    footer(doc, sect);
  }

  /** {@code - 3 -} centred at the foot of every page but the cover. */
  private static void footer(XWPFDocument doc, CTSectPr sect) {
    XWPFFooter first = doc.createFooter(HeaderFooterType.FIRST);
    first.createParagraph();
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.createRun().setText("- ");
    CTSimpleField page = p.getCTP().addNewFldSimple();
    page.setInstr(" PAGE ");
    page.addNewR().addNewT().setStringValue("1");
    p.createRun().setText(" -");
  }

  private static String stylesXml() {
    return """
    <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:docDefaults>
        <w:rPrDefault><w:rPr>
          <w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%2$s"
              w:cs="Times New Roman"/>
          <w:kern w:val="2"/>
          <w:sz w:val="28"/><w:szCs w:val="28"/>
          <w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>
        </w:rPr></w:rPrDefault>
        <w:pPrDefault><w:pPr>
          <w:widowControl w:val="0"/>
          <w:jc w:val="both"/>
        </w:pPr></w:pPrDefault>
      </w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
        <w:name w:val="Normal"/><w:qFormat/>
        <w:pPr><w:spacing w:line="360" w:lineRule="auto"/></w:pPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="Heading1">
        <w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/>
        <w:qFormat/>
        <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/>
          <w:outlineLvl w:val="0"/></w:pPr>
        <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%3$s"/>
          <w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="Heading2">
        <w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/>
        <w:qFormat/>
        <w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:ind w:firstLineChars="200"
          w:firstLine="560"/><w:outlineLvl w:val="1"/></w:pPr>
        <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%3$s"/>
        </w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="Heading3">
        <w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/>
        <w:qFormat/>
        <w:pPr><w:keepNext/><w:ind w:firstLineChars="200" w:firstLine="560"/>
          <w:outlineLvl w:val="2"/></w:pPr>
        <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%4$s"/>
          <w:b/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="TableTitle">
        <w:name w:val="Table Title"/><w:basedOn w:val="Normal"/><w:next w:val="UnitLine"/>
        <w:qFormat/>
        <w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120" w:line="240"
          w:lineRule="auto"/><w:jc w:val="center"/><w:outlineLvl w:val="1"/></w:pPr>
        <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%1$s"/>
          <w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="BodyText">
        <w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:qFormat/>
        <w:pPr><w:ind w:firstLineChars="200" w:firstLine="560"/></w:pPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="LabelledText">
        <w:name w:val="Labelled Text"/><w:basedOn w:val="BodyText"/>
      </w:style>
      <w:style w:type="paragraph" w:styleId="UnitLine">
        <w:name w:val="Unit Line"/><w:basedOn w:val="Normal"/>
        <w:pPr><w:keepNext/><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr>
        <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%1$s"/>
          <w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="AmountUnit">
        <w:name w:val="Amount Unit"/><w:basedOn w:val="UnitLine"/>
        <w:pPr><w:spacing w:after="60"/><w:jc w:val="right"/></w:pPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="TableText">
        <w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>
        <w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr>
        <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%1$s"/>
          <w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="TableLabel">
        <w:name w:val="Table Label"/><w:basedOn w:val="TableText"/>
        <w:pPr><w:jc w:val="center"/></w:pPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="ContentsTitle">
        <w:name w:val="Contents Title"/><w:basedOn w:val="Normal"/>
        <w:pPr><w:spacing w:before="240" w:after="360"/><w:jc w:val="center"/></w:pPr>
        <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%3$s"/>
          <w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="TOC1">
        <w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
        <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="%5$d"/></w:tabs>
          <w:spacing w:before="120"/><w:jc w:val="left"/></w:pPr>
        <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%3$s"/>
        </w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="TOC2">
        <w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
        <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="%5$d"/></w:tabs>
          <w:ind w:left="420" w:hanging="420"/><w:jc w:val="left"/></w:pPr>
        <w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="CoverName">
        <w:name w:val="Cover Name"/><w:basedOn w:val="Normal"/>
        <w:pPr><w:spacing w:before="3600" w:after="240" w:line="240" w:lineRule="auto"/>
          <w:jc w:val="center"/></w:pPr>
        <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%3$s"/>
          <w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="CoverTitle">
        <w:name w:val="Cover Title"/><w:basedOn w:val="Normal"/>
        <w:pPr><w:spacing w:before="240" w:after="240" w:line="240" w:lineRule="auto"/>
          <w:jc w:val="center"/></w:pPr>
        <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%1$s"/>
          <w:b/><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="CoverNote">
        <w:name w:val="Cover Note"/><w:basedOn w:val="Normal"/>
        <w:pPr><w:jc w:val="center"/></w:pPr>
        <w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%4$s"/>
          <w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>
      </w:style>
      <w:style w:type="paragraph" w:styleId="CoverOrg">
        <w:name w:val="Cover Organisation"/><w:basedOn w:val="Normal"/>
        <w:pPr><w:spacing w:line="480" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>
        <w:rPr><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>
      </w:style>
      <w:style w:type="table" w:default="1" w:styleId="TableNormal">
        <w:name w:val="Normal Table"/>
        <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>
          <w:top w:w="0" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
          <w:bottom w:w="0" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>
        </w:tblCellMar></w:tblPr>
      </w:style>
    </w:styles>
    """
        .formatted(SONG, FANGSONG, HEI, KAI, TEXT_WIDTH);
  }
}
