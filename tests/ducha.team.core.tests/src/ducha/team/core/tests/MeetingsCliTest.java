package ducha.team.core.tests;

import static ducha.team.core.tests.MeetingCourt.LAST_YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cli.DuchaCli;
import ducha.cli.ExitCodes;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Role;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;
import ducha.team.Mentorship;
import ducha.team.MentoringService;
import ducha.team.Milestone;
import ducha.test.osgi.Osgi;

/** {@code ducha-cli team meetings|problems|minutes|mentoring} run in-process against the test database. */
class MeetingsCliTest {

	/** Shared by the accounts of the tests; it contains none of their names (the password policy refuses that). */
	private static final String PASSWORD = "Wk5-meeting-cli";
	private static final LocalDate JAN = LocalDate.of(LAST_YEAR, 1, 15);
	private static final LocalDate FEB = LocalDate.of(LAST_YEAR, 2, 12);

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	@TempDir
	Path folder;

	@BeforeEach
	void twoMeetings() {
		MeetingCourt.create();
		MeetingCourt.meeting(JAN);
		MeetingCourt.meeting(FEB);
		MeetingCourt.analyse(MeetingCourt.raise(JAN, "案款发放不及时", "ZXJ"), JAN);
		MeetingCourt.resolve(MeetingCourt.analyse(MeetingCourt.raise(FEB, "窗口迟到", "LAF"), FEB), FEB);
		Osgi.service(MentoringService.class).start(Mentorship.of(MeetingCourt.FULL_TIME, MeetingCourt.INTEGRITY_LAF,
				LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(2), "",
				List.of(Milestone.of("学习规范", LocalDate.now().minusDays(1)))), MeetingCourt.OFFICE);
	}

	@Test
	void aHeadListsTheMeetingsProblemsAndMentorshipsAndWritesTheMinutes() throws Exception {
		Map<String, String> head = login("head", Role.DEPARTMENT_HEAD);
		assertEquals(ExitCodes.OK, run(head, "team", "meetings", "--year", String.valueOf(LAST_YEAR)), err.toString());
		assertTrue(out.toString().contains(FEB + "\t政治督导员、廉政监察员月度工作例会\t周主任\t6\t1\t1"), out.toString());
		assertTrue(out.toString().contains(LAST_YEAR + " 年共召开工作例会 2 次"), out.toString());

		out.getBuffer().setLength(0);
		assertEquals(ExitCodes.OK, run(head, "team", "problems", "--open"), err.toString());
		assertTrue(out.toString().contains(JAN + "-1\t执行局\t冯政\t案款发放不及时\t陈廉\t" + JAN.plusDays(30) + "\t已超期"),
				out.toString());
		assertTrue(!out.toString().contains("窗口迟到"), out.toString());
		assertTrue(out.toString().contains("共 1 个问题，其中超期 1 个"), out.toString());

		out.getBuffer().setLength(0);
		assertEquals(ExitCodes.OK, run(head, "team", "mentoring"), err.toString());
		assertTrue(out.toString().contains("吴专\t王廉"), out.toString());
		assertTrue(out.toString().contains("0/1\t0\t里程碑超期"), out.toString());

		Path docx = folder.resolve("纪要.docx");
		assertEquals(ExitCodes.OK, run(head, "team", "minutes", FEB.toString(), "--out", docx.toString()),
				err.toString());
		assertTrue(Files.size(docx) > 0);
		assertEquals(ExitCodes.REJECTED, run(head, "team", "minutes", FEB.toString(), "--out",
				folder.resolve("纪要.txt").toString()));
		assertEquals(ExitCodes.REJECTED, run(head, "team", "minutes", "二月", "--out", docx.toString()));
	}

	@Test
	void aStaffMemberIsRefusedAndTheHelpIsInChinese() {
		Map<String, String> staff = login("clerk", Role.STAFF);
		for (String command : List.of("meetings", "problems", "mentoring")) {
			assertEquals(ExitCodes.NOT_PERMITTED, run(staff, "team", command), command);
		}
		assertEquals(ExitCodes.NOT_PERMITTED, run(staff, "team", "minutes", FEB.toString(), "--out",
				folder.resolve("x.docx").toString()));
		assertEquals(ExitCodes.OK, run(login("head", Role.DEPARTMENT_HEAD), "team", "--help"), err.toString());
		assertTrue(out.toString().contains("会议纪要"), out.toString());
	}

	/** The account with one role, created after the test emptied the accounts, given as DUCHA_USER and DUCHA_PASSWORD. */
	private static Map<String, String> login(String username, Role role) {
		UserService users = Osgi.service(UserService.class);
		if (users.user(username).isEmpty()) {
			users.addUser(new UserAccount(username, username, null, Set.of(role), DepartmentScope.ALL, true),
					PASSWORD.toCharArray(), MeetingCourt.ADMIN);
			// the account replaces the password the administrator set, as ducha-cli asks at the first log-in
			users.changePassword(username, PASSWORD.toCharArray(),
					users.authenticate(username, PASSWORD.toCharArray()).orElseThrow());
		}
		return Map.of(DuchaCli.USER_VARIABLE, username, DuchaCli.PASSWORD_VARIABLE, PASSWORD);
	}

	private int run(Map<String, String> login, String... args) {
		return new DuchaCli(new ByteArrayInputStream(new byte[0]), login).run(args, new PrintWriter(out),
				new PrintWriter(err));
	}
}
