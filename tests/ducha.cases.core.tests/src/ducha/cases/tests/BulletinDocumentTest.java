package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.cases.BulletinDocuments;
import ducha.cases.CaseBulletin;
import ducha.cases.FindingType;
import ducha.cases.ReviewFinding;
import ducha.cases.ReviewService;
import ducha.core.documents.DocumentFormat;
import ducha.core.documents.NumberingService;
import ducha.core.documents.OfficialDocument;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Role;

class BulletinDocumentTest {

	private static final LocalDate MAY = LocalDate.of(2024, 5, 6);

	private ReviewService review;
	private BulletinDocuments documents;
	private ReviewFinding civil;
	private ReviewFinding criminal;

	@BeforeEach
	void twoFindings() {
		Osgi.resetCourt();
		review = Osgi.service(ReviewService.class);
		documents = Osgi.service(BulletinDocuments.class);
		civil = review.addFinding(CaseFiles.number(2024, "民初", 321), FindingType.INACCURATE_WORDING, "20001", MAY,
				"判决书当事人姓名书写错误", Osgi.ADMIN);
		criminal = review.addFinding(CaseFiles.number(2024, "刑初", 55), FindingType.NONSTANDARD_SYSTEM_USE, "20003",
				MAY.plusDays(1), "电子卷宗未随案同步生成", Osgi.ADMIN);
		review.openFollowup(civil.id(), MAY.plusDays(3), "20002", "重新校对裁判文书并补正", Osgi.ADMIN);
	}

	@Test
	void bulletinsAreNumberedByThePlatformsNumberingServicePerYear() {
		NumberingService numbering = Osgi.service(NumberingService.class);

		CaseBulletin first = review.issueBulletin(MAY.plusDays(10), "案件评查情况通报", List.of(civil.id()), Osgi.ADMIN);
		CaseBulletin second = review.issueBulletin(MAY.plusDays(20), "案件评查情况通报", List.of(criminal.id()), Osgi.ADMIN);

		assertEquals("2024年第1期", first.label());
		assertEquals("2024年第2期", second.label());
		assertEquals(2, numbering.lastIssued("cases.bulletin", 2024), "the numbers were taken from the service");
	}

	@Test
	void bulletinsNumberedWithoutTheServiceMoveTheCounterBeforeTheNextNumberIsTaken() {
		NumberingService numbering = Osgi.service(NumberingService.class);
		review.issueBulletin(MAY.plusDays(10), "案件评查情况通报", List.of(civil.id()), Osgi.ADMIN);
		Osgi.forgetBulletinNumbers();

		CaseBulletin next = review.issueBulletin(MAY.plusDays(20), "案件评查情况通报", List.of(criminal.id()), Osgi.ADMIN);

		assertEquals("2024年第2期", next.label(), "the stored 第1期 is not handed out again");
		assertEquals(2, numbering.lastIssued("cases.bulletin", 2024));
	}

	@Test
	void theBulletinPdfHasTheNumberTitleAndEveryFindingLine() throws IOException {
		CaseBulletin bulletin = review.issueBulletin(MAY.plusDays(10), "案件质量评查情况通报",
				List.of(civil.id(), criminal.id()), Osgi.ADMIN);

		OfficialDocument document = documents.compose(bulletin.id(), Osgi.ADMIN);
		String text = pdfText(bulletin);

		assertEquals("关于案件质量评查情况的案件通报", document.title());
		assertEquals("2024年第1期", document.number());
		assertEquals(BulletinDocuments.OFFICE, document.office());
		for (String expected : List.of(document.title(), "2024年第1期",
				"一、案号：" + civil.caseNo() + "；问题类型：裁判文书表述不准确；责任人：李明（民事审判第一庭）；问题：判决书当事人姓名书写错误；整改要求：重新校对裁判文书并补正。",
				"二、案号：" + criminal.caseNo() + "；问题类型：系统操作不规范；责任人：赵强（刑事审判庭）", "政治部（督察室）",
				"2024年5月16日")) {
			assertTrue(text.contains(expected), () -> "PDF text lacks " + expected + ":\n" + text);
		}
	}

	@Test
	void aDocxIsWrittenAndAReaderWhoCannotSeeEveryDepartmentGetsNoDocument() throws IOException {
		CaseBulletin bulletin = review.issueBulletin(MAY.plusDays(10), "关于民事审判第一庭案件质量问题的通报",
				List.of(civil.id(), criminal.id()), Osgi.ADMIN);
		ByteArrayOutputStream docx = new ByteArrayOutputStream();

		documents.write(bulletin.id(), DocumentFormat.DOCX, docx, Osgi.ADMIN);

		assertEquals("PK", new String(docx.toByteArray(), 0, 2, StandardCharsets.ISO_8859_1), "a zip container");
		assertEquals("关于民事审判第一庭案件质量问题的通报", documents.compose(bulletin.id(), Osgi.ADMIN).title());
		assertThrows(AccessDeniedException.class,
				() -> documents.compose(bulletin.id(), Osgi.user(Role.DEPARTMENT_HEAD, "MS1")));
	}

	private String pdfText(CaseBulletin bulletin) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		documents.write(bulletin.id(), DocumentFormat.PDF, out, Osgi.ADMIN);
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\R", "");
		}
	}
}
