package ducha.team.core.tests;

import static ducha.team.core.tests.MeetingCourt.LAST_YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.documents.DocumentFormat;
import ducha.core.documents.OfficialDocument;
import ducha.core.security.AccessDeniedException;
import ducha.team.MeetingService;
import ducha.test.osgi.Osgi;

/** The minutes of a meeting name its attendees, the problems it raised, those carried to it and their resolutions. */
class MinutesTest {

	private static final LocalDate JAN = LocalDate.of(LAST_YEAR, 1, 15);
	private static final LocalDate FEB = LocalDate.of(LAST_YEAR, 2, 12);

	private final MeetingService meetings = Osgi.service(MeetingService.class);

	@BeforeEach
	void twoMeetings() {
		MeetingCourt.create();
		MeetingCourt.meeting(JAN);
		MeetingCourt.meeting(FEB);
		MeetingCourt.analyse(MeetingCourt.raise(JAN, "执行案款发放不及时", "ZXJ"), JAN);
		MeetingCourt.resolve(MeetingCourt.analyse(MeetingCourt.raise(FEB, "窗口工作人员迟到", "LAF"), FEB), FEB);
	}

	@Test
	void theDocxMinutesHoldAttendeesRaisedAndCarriedProblemsAndResolutions() throws Exception {
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		OfficialDocument written = meetings.writeMinutes(FEB, DocumentFormat.DOCX, docx, MeetingCourt.HEAD);
		assertEquals("政治督导员、廉政监察员月度工作例会纪要", written.title());
		String text;
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(
				new XWPFDocument(new ByteArrayInputStream(docx.toByteArray())))) {
			text = extractor.getText();
		}
		for (String expected : new String[] { "政治督导员、廉政监察员月度工作例会纪要", "主持：周主任",
				"周主任、吴专、郑政、王廉、冯政、陈廉（共6人）", "通报上月督察情况",
				"郑政提出（涉及立案庭）：窗口工作人员迟到", "责任人：王廉", "已于" + LAST_YEAR + "年2月12日解决：已整改到位",
				"（" + LAST_YEAR + "年1月15日例会提出）冯政提出（涉及执行局）：执行案款发放不及时", "整改措施：执行案款发放不及时",
				"尚未解决" }) {
			assertTrue(text.contains(expected), expected + " in:\n" + text);
		}
	}

	@Test
	void thePdfMinutesHoldTheSameAndAStaffMemberMayNotWriteThem() throws Exception {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		meetings.writeMinutes(FEB, DocumentFormat.PDF, pdf, MeetingCourt.OFFICE);
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\R", "");
			for (String expected : new String[] { "工作例会纪要", "周主任", "窗口工作人员迟到", "执行案款发放不及时", "例会提出" }) {
				assertTrue(text.contains(expected), expected + " in:\n" + text);
			}
		}
		assertThrows(AccessDeniedException.class, () -> meetings.writeMinutes(FEB, DocumentFormat.PDF,
				new ByteArrayOutputStream(), MeetingCourt.STAFF));
	}

	@Test
	void theFirstMeetingsMinutesSayNothingWasCarried() throws Exception {
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		meetings.writeMinutes(JAN, DocumentFormat.DOCX, docx, MeetingCourt.OFFICE);
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(
				new XWPFDocument(new ByteArrayInputStream(docx.toByteArray())))) {
			String text = extractor.getText();
			assertTrue(text.contains("无往次例会转入的问题"), text);
			assertTrue(!text.contains("窗口工作人员迟到"), "a later meeting's problem is not in January's minutes");
		}
	}
}
