package ducha.team.core.tests;

import static ducha.team.core.tests.MeetingCourt.LAST_YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;
import ducha.team.MeetingProblem;
import ducha.team.MeetingService;
import ducha.test.osgi.Osgi;

/**
 * {@code team.meetings}, {@code team.problems_analysed} and {@code team.problems_resolved} of last year against
 * counts taken through the service, with meetings, analyses and resolutions just outside the year.
 */
class MeetingFiguresTest {

	private static final Period YEAR = Period.year(LAST_YEAR);
	private static final LocalDate FIRST = YEAR.from();
	private static final LocalDate LAST = YEAR.to();
	private static final LocalDate BEFORE = FIRST.minusDays(1);
	private static final LocalDate AFTER = LAST.plusDays(1);

	private final MeetingService meetings = Osgi.service(MeetingService.class);

	@BeforeEach
	void meetingsAroundTheYear() {
		MeetingCourt.create();
		for (LocalDate day : List.of(BEFORE, FIRST, LAST, AFTER)) {
			MeetingCourt.meeting(day);
		}
		// the day before the year: analysed and resolved in the year, but raised before it
		MeetingCourt.resolve(MeetingCourt.analyse(MeetingCourt.raise(BEFORE, "上年问题", "LAF"), FIRST), FIRST);
		// the first day: analysed and resolved in the year; analysed, resolved only after it; never analysed
		MeetingCourt.resolve(MeetingCourt.analyse(MeetingCourt.raise(FIRST, "年初问题", "LAF"), FIRST), LAST);
		MeetingCourt.resolve(MeetingCourt.analyse(MeetingCourt.raise(FIRST, "跨年解决", "ZXJ"), FIRST), AFTER);
		MeetingCourt.raise(FIRST, "未分析", "ZXJ");
		// the last day: analysed only after the year
		MeetingCourt.analyse(MeetingCourt.raise(LAST, "年末问题", "ZXJ"), AFTER);
		// the day after: analysed and resolved, but raised after the year
		MeetingCourt.resolve(MeetingCourt.analyse(MeetingCourt.raise(AFTER, "次年问题", "LAF"), AFTER), AFTER);
	}

	@Test
	void theFiguresCountTheYearsMeetingsAndTheirProblemsAnalysedAndResolvedByItsEnd() {
		Map<String, Long> figures = Osgi.services(ReportSection.class).stream().filter(s -> s.section().equals("team"))
				.findFirst().orElseThrow().figures(YEAR).stream()
				.collect(Collectors.toMap(ReportFigure::key, ReportFigure::value));

		List<MeetingProblem> raised = meetings.problems(false, MeetingCourt.OFFICE).stream()
				.filter(p -> !p.meetingDate().isBefore(FIRST) && !p.meetingDate().isAfter(LAST)).toList();
		List<MeetingProblem> analysed = raised.stream()
				.filter(p -> p.analysed() && !p.analysedOn().isAfter(LAST)).toList();
		long resolved = analysed.stream().filter(p -> p.resolved() && !p.resolvedOn().isAfter(LAST)).count();

		assertEquals(meetings.meetings(YEAR, MeetingCourt.OFFICE).size(), figures.get("team.meetings"));
		assertEquals(analysed.size(), figures.get("team.problems_analysed"));
		assertEquals(resolved, figures.get("team.problems_resolved"));
		assertEquals(2L, figures.get("team.meetings"));
		assertEquals(2L, figures.get("team.problems_analysed"));
		assertEquals(1L, figures.get("team.problems_resolved"));
	}
}
