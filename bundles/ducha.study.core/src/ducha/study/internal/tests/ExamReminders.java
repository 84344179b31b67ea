package ducha.study.internal.tests;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.security.Principal;
import ducha.core.spi.Reminder;
import ducha.core.spi.Reminder.Urgency;
import ducha.core.spi.ReminderSource;
import ducha.study.AnswerToMark;
import ducha.study.Attempt;
import ducha.study.MyTest;
import ducha.study.StudyTargets;
import ducha.study.TestService;

/**
 * A staff member's exam open on the day asked about (to take, or under way) and, for the office, the short answers
 * waiting for a marker.
 */
@Component
public class ExamReminders implements ReminderSource {

	public static final String ID = "study.exams";

	@Reference
	private TestService tests;

	@Reference
	private TestAccess access;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<Reminder> reminders(Principal viewer, LocalDate today) {
		List<Reminder> reminders = new ArrayList<>();
		for (MyTest mine : tests.myTests(viewer)) {
			if (mine.openAttempt() != null && runsOn(mine.openAttempt(), today)) {
				String due = mine.openAttempt().deadline().atZone(ZoneId.systemDefault()).toLocalTime().withNano(0)
						.toString();
				reminders.add(new Reminder(ID, "exam:" + mine.test().code(), Urgency.DUE_SOON,
						NLS.bind(Messages.reminderExamRunning, mine.test().title()),
						NLS.bind(Messages.reminderExamRunningDetail, due), today, StudyTargets.MY_TESTS));
			} else if (mine.canStart() && mine.test().openOn(today)) {
				reminders.add(new Reminder(ID, "exam:" + mine.test().code(), Urgency.DUE_SOON,
						NLS.bind(Messages.reminderExam, mine.test().code(), mine.test().title()),
						NLS.bind(Messages.reminderExamDetail, mine.test().timeLimitMinutes(), mine.test().openUntil()),
						mine.test().openUntil(), StudyTargets.MY_TESTS));
			}
		}
		if (access.mayManage(viewer)) {
			Map<String, List<AnswerToMark>> byTest = new LinkedHashMap<>();
			tests.toMark(viewer).forEach(a -> byTest.computeIfAbsent(a.testCode(), c -> new ArrayList<>()).add(a));
			byTest.forEach((code, answers) -> reminders.add(new Reminder(ID, "marking:" + code, Urgency.INFO,
					NLS.bind(Messages.reminderMarking, code, answers.size()),
					NLS.bind(Messages.reminderMarkingDetail,
							answers.stream().map(AnswerToMark::attemptId).distinct().count()),
					null, StudyTargets.TESTS)));
		}
		return reminders;
	}

	/** Whether the attempt runs on the day (between the days of its start and of its deadline). */
	private static boolean runsOn(Attempt attempt, LocalDate day) {
		ZoneId zone = ZoneId.systemDefault();
		return !day.isBefore(LocalDate.ofInstant(attempt.startedAt(), zone))
				&& !day.isAfter(LocalDate.ofInstant(attempt.deadline(), zone));
	}
}
