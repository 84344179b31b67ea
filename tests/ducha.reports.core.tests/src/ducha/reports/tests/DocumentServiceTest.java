package ducha.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import ducha.core.security.Principal;
import ducha.reports.ReportService;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.DocumentNumber;
import ducha.core.documents.DocumentService;
import ducha.core.documents.NumberingService;
import ducha.core.documents.OfficialDocument;

class DocumentServiceTest {

	private static final String TITLE = "关于2024年第三季度日常督察情况的通报";

	private static OfficialDocument bulletin() {
		DocumentNumber number = Services.get(NumberingService.class).issue("test.notice." + UUID.randomUUID(), 2024,
				TITLE, Principal.system("test"));
		// long enough to wrap over several lines
		String findings = "督察发现：" + "部分干警上班时间未按规定着装，个别部门值班记录不完整，".repeat(8) + "现予通报。";
		return new OfficialDocument(TITLE, number.label(), LocalDate.of(2024, 10, 8),
				List.of("各部门：", findings, "请各部门对照检查，于10月31日前将整改情况报政治部（督察室）。"), ReportService.OFFICE);
	}

	private static byte[] write(OfficialDocument document, DocumentFormat format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Services.get(DocumentService.class).write(document, format, out);
		return out.toByteArray();
	}

	@Test
	void aBulletinAsPdfHasTitleNumberBodyOfficeAndDate() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(write(bulletin(), DocumentFormat.PDF))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\R", "");

			for (String expected : List.of(TITLE, "2024年第1期", "各部门：", "个别部门值班记录不完整", "现予通报。",
					"政治部（督察室）", "2024年10月8日")) {
				assertTrue(text.contains(expected), () -> "PDF text lacks " + expected + ":\n" + text);
			}
		}
	}

	@Test
	void aBulletinAsDocxHasTheSameParts() throws IOException {
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(write(bulletin(), DocumentFormat.DOCX)));
				XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
			String text = extractor.getText();

			assertEquals(TITLE, docx.getParagraphs().get(0).getText());
			assertEquals("2024年第1期", docx.getParagraphs().get(1).getText());
			assertTrue(text.contains("政治部（督察室）") && text.contains("2024年10月8日"), text);
			// official documents are printed on A4 (11906 x 16838 twips), not POI's default US Letter
			var pageSize = docx.getDocument().getBody().getSectPr().getPgSz();
			assertEquals("11906 16838", pageSize.getW() + " " + pageSize.getH());
		}
	}
}
