package ducha.study.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.NotFoundException;
import ducha.core.attachments.AttachmentService;
import ducha.core.attachments.StoredAttachment;
import ducha.core.security.AccessDeniedException;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.study.StudyRecordService;
import ducha.study.StudySession;

/** The files of a study session: who may add and read them, not sealed, removed with the session. */
class SessionAttachmentsTest {

	private static final String OWNER = StudyRecordService.ATTACHMENT_OWNER;
	private static final byte[] MINUTES = "支部学习签到表：李明、王芳".getBytes(StandardCharsets.UTF_8);

	private final StudyRecordService sessions = Osgi.service(StudyRecordService.class);
	private final AttachmentService attachments = Osgi.service(AttachmentService.class);

	@BeforeEach
	void court() {
		StudyTables.reset();
		ReviewCourt.create();
	}

	@Test
	void theDepartmentAddsAndReadsFilesAndOtherDepartmentsAndStaffMayNot() {
		StudySession session = sessions.record(StudySessionsTest.session("MS1", ReviewCourt.LI), ReviewCourt.OFFICE);
		String no = session.recordNo();
		Principal head = ReviewCourt.user("head", ReviewCourt.LI, Role.DEPARTMENT_HEAD, "MS1");
		Principal otherHead = ReviewCourt.user("xsthead", ReviewCourt.SUN, Role.DEPARTMENT_HEAD, "XST");
		Principal staff = ReviewCourt.user("wang", ReviewCourt.WANG, Role.STAFF, "MS1");
		try {
			StoredAttachment stored = attachments.store(OWNER, no, "签到表.txt", new ByteArrayInputStream(MINUTES), head);
			assertFalse(stored.sealed(), "study records are not confidential");

			assertThrows(AccessDeniedException.class, () -> attachments.store(OWNER, no, "x.txt",
					new ByteArrayInputStream(MINUTES), otherHead));
			assertThrows(AccessDeniedException.class, () -> attachments.list(OWNER, no, staff));
			assertThrows(AccessDeniedException.class, () -> attachments.list(OWNER, no, otherHead));
			ByteArrayOutputStream read = new ByteArrayOutputStream();
			attachments.open(OWNER, no, stored.id(), null, read, head);
			assertEquals(new String(MINUTES, StandardCharsets.UTF_8), read.toString(StandardCharsets.UTF_8));
			assertThrows(NotFoundException.class, () -> attachments.list(OWNER, "XX-NONE", head));
		} finally {
			sessions.delete(no, ReviewCourt.OFFICE);
		}
		assertThrows(NotFoundException.class, () -> attachments.list(OWNER, no, ReviewCourt.OFFICE));
		// recorded again under the same 编号, the session has none of the deleted one's files
		sessions.record(new StudySession(0, no, "MS1", session.date(), session.kind(), session.topic(),
				session.attendees(), session.hours(), null), ReviewCourt.OFFICE);
		assertEquals(List.of(), attachments.list(OWNER, no, ReviewCourt.OFFICE));
		sessions.delete(no, ReviewCourt.OFFICE);
	}
}
