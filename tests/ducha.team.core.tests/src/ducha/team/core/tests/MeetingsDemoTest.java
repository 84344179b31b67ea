package ducha.team.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.spi.DemoContext;
import ducha.core.spi.DemoSeeder;
import ducha.team.MeetingProblem;
import ducha.team.MeetingService;
import ducha.team.Mentorship;
import ducha.team.MentoringService;
import ducha.team.WorkMeeting;
import ducha.test.osgi.Osgi;

/**
 * The demo year of work meetings (monthly, problems carried over months and resolved later, some open, one past
 * due) and the demo mentorships (one signed off, one with a milestone past due).
 */
class MeetingsDemoTest {

	private static final LocalDate TODAY = LocalDate.now();

	@BeforeEach
	void court() {
		MeetingCourt.create();
	}

	@Test
	void theDemoSeedersRecordAYearOfMeetingsAndTwoMentorships() {
		seed("team-meetings");
		seed("team-mentoring");
		MeetingService meetings = Osgi.service(MeetingService.class);
		List<WorkMeeting> year = meetings.meetings(Period.of(TODAY.minusMonths(12), TODAY), MeetingCourt.OFFICE);
		assertTrue(year.size() == 11 || year.size() == 12, "meetings: " + year.size());
		assertTrue(year.stream().allMatch(m -> MeetingCourt.DIRECTOR.equals(m.chairStaffNo())
				&& m.attendees().size() == 6), "chaired by the director, attended by the six supervisors");
		List<MeetingProblem> problems = meetings.problems(false, MeetingCourt.OFFICE);
		assertTrue(problems.size() >= year.size(), "problems: " + problems.size());
		assertEquals(1, problems.stream().filter(p -> p.overdue(TODAY)).count(), "one open past its due date");
		assertTrue(problems.stream().anyMatch(p -> !p.resolved() && !p.overdue(TODAY)), "open ones not yet due");
		assertTrue(year.stream().anyMatch(m -> meetings.agenda(m.date(), MeetingCourt.OFFICE).carried().stream()
				.anyMatch(MeetingProblem::resolved)), "a problem carried over meetings and resolved later");

		List<Mentorship> mentorships = Osgi.service(MentoringService.class).mentorships(MeetingCourt.OFFICE);
		assertEquals(List.of(false, true), mentorships.stream().map(Mentorship::signedOff).toList());
		assertEquals(1, mentorships.get(0).milestones().stream().filter(m -> m.overdue(TODAY)).count());
		assertEquals(MeetingCourt.FULL_TIME, mentorships.get(0).mentorStaffNo());
		assertEquals(MeetingCourt.DIRECTOR, mentorships.get(1).mentorStaffNo());
	}

	private static void seed(String id) {
		DemoSeeder seeder = Osgi.services(DemoSeeder.class).stream().filter(s -> s.id().equals(id)).findFirst()
				.orElseThrow();
		List<Staff> staff = Osgi.service(DirectoryService.class).staff(StaffQuery.ALL, MeetingCourt.ADMIN);
		seeder.seed(new Demo(new Random(7), TODAY, staff, MeetingCourt.ADMIN));
	}

	/** The demo run of the test: a fixed random source, today, the court's staff; its progress is not checked. */
	private record Demo(Random random, LocalDate today, List<Staff> staff, Principal actor) implements DemoContext {

		@Override
		public void log(String message) {
			// not checked
		}
	}
}
