package ducha.team.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.cli.DuchaCli;
import ducha.cli.ExitCodes;
import ducha.core.directory.SupervisorRole;
import ducha.core.security.Role;
import ducha.team.RosterEntry;
import ducha.team.SpecialistGroup;

/** {@code ducha-cli team roster|gaps|history|appoint|end|exempt|groups} run in-process against the test database. */
class RosterCliTest {

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	@BeforeEach
	void court() {
		TeamTables.reset();
		RosterCourt.create();
	}

	@Test
	void theDirectorAppointsEndsAndListsTheRosterAndItsGaps() {
		Map<String, String> office = RosterCliLogin.as("office", Role.OFFICE_DIRECTOR);

		assertEquals(ExitCodes.OK, run(office, "team", "appoint", "--staff", RosterCourt.WANG, "--role", "政治督导员",
				"--department", "立案庭", "--group", "立案信访", "--from", "2024-01-01", "--political", "政治立场坚定",
				"--decision", "院政〔2024〕3号"), err.toString());
		assertTrue(out.toString().contains("王立，政治督导员"), out.toString());
		RosterEntry appointed = RosterCourt.roster().history(RosterCourt.WANG, RosterCourt.OFFICE).get(0);
		assertEquals("院政〔2024〕3号", appointed.criteria().decisionRef());

		assertEquals(ExitCodes.OK, run(office, "team", "roster", "--on", "2024-06-01"), err.toString());
		assertTrue(out.toString().contains(appointed.id() + "\t政治督导员\t立案庭\t40001\t王立\t立案信访\t2024-01-01\t\t院政〔2024〕3号"),
				out.toString());
		assertTrue(out.toString().contains("2024-06-01：在任 1 人次，缺额 5 个"), out.toString());

		assertEquals(ExitCodes.OK, run(office, "team", "gaps", "--on", "2024-06-01"), err.toString());
		assertTrue(out.toString().contains("LAT\t立案庭\t廉政监察员"), out.toString());
		assertEquals(ExitCodes.OK, run(office, "team", "exempt", "政治部（督察室）", "--reason", "督察室本身"),
				err.toString());
		out.getBuffer().setLength(0);
		assertEquals(ExitCodes.OK, run(office, "team", "gaps", "--on", "2024-06-01"), err.toString());
		assertTrue(out.toString().contains("2024-06-01：缺额 3 个"), out.toString());

		assertEquals(ExitCodes.REJECTED, run(office, "team", "appoint", "--staff", RosterCourt.ZHAO, "--role",
				"政治督导员", "--department", "LAT", "--from", "2024-03-01"), "overlaps 王立");
		assertEquals(ExitCodes.REJECTED, run(office, "team", "appoint", "--staff", RosterCourt.ZHAO, "--role",
				"督察长", "--from", "2024-03-01"));
		assertEquals(ExitCodes.OK, run(office, "team", "end", "--id", String.valueOf(appointed.id()), "--on",
				"2024-05-31"), err.toString());
		assertEquals(LocalDate.of(2024, 5, 31),
				RosterCourt.roster().history(RosterCourt.WANG, RosterCourt.OFFICE).get(0).assignment().endDate());
		out.getBuffer().setLength(0);
		assertEquals(ExitCodes.OK, run(office, "team", "history", "--staff", RosterCourt.WANG), err.toString());
		assertTrue(out.toString().contains("\t2024-01-01\t2024-05-31"), out.toString());
	}

	@Test
	void groupsAreListedAndAReaderMayNotAppoint() {
		RosterCourt.groups().create(new SpecialistGroup("MSS", "民商事", "", RosterCourt.SUN,
				LocalDate.of(2024, 1, 1), null), RosterCourt.OFFICE);
		RosterCourt.groups().addMember("MSS", RosterCourt.SUN, LocalDate.of(2024, 1, 1), RosterCourt.OFFICE);
		RosterCourt.groups().addMember("MSS", RosterCourt.WANG, LocalDate.of(2024, 1, 1), RosterCourt.OFFICE);
		Map<String, String> head = RosterCliLogin.as("head", Role.DEPARTMENT_HEAD, "LAT");

		assertEquals(ExitCodes.OK, run(head, "team", "groups", "--on", "2024-06-01"), err.toString());
		assertTrue(out.toString().contains("MSS\t民商事\t孙执\t孙执、王立"), out.toString());
		assertEquals(ExitCodes.NOT_PERMITTED, run(head, "team", "appoint", "--staff", RosterCourt.WANG, "--role",
				"政治督导员", "--department", "LAT", "--from", "2024-01-01"));
		assertEquals(ExitCodes.NOT_PERMITTED, run(head, "team", "exempt", "LAT"));
		assertEquals(0, RosterCourt.roster().roster(LocalDate.of(2024, 6, 1), RosterCourt.OFFICE).size());
		assertEquals(ExitCodes.NOT_PERMITTED, run(RosterCliLogin.as("clerk", Role.STAFF, "LAT"), "team", "roster"));
	}

	@Test
	void theHelpIsInTheDefaultChinese() {
		assertEquals(ExitCodes.OK, run(RosterCliLogin.as("office", Role.OFFICE_DIRECTOR), "team", "appoint",
				"--help"), err.toString());
		assertTrue(out.toString().contains("选任督察员并记录选任条件"), out.toString());
		assertTrue(out.toString().contains("选任条件：纪律作风"), out.toString());
	}

	private int run(Map<String, String> login, String... args) {
		return new DuchaCli(new ByteArrayInputStream(new byte[0]), login).run(args, new PrintWriter(out),
				new PrintWriter(err));
	}
}
