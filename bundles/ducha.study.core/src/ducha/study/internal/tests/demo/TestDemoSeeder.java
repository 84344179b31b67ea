package ducha.study.internal.tests.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.jpa.Jpa;
import ducha.core.period.Period;
import ducha.core.spi.DemoContext;
import ducha.core.spi.DemoSeeder;
import ducha.study.MakeupRule;
import ducha.study.PaperSpec;
import ducha.study.Question;
import ducha.study.StudyTest;
import ducha.study.TestMode;
import ducha.study.internal.jpa.MakeupEntity;
import ducha.study.internal.jpa.QuestionEntity;
import ducha.study.internal.jpa.ScoreEntity;
import ducha.study.internal.jpa.StudyUnit;
import ducha.study.internal.tests.Messages;
import ducha.study.internal.tests.TestRecords;

/**
 * The demo court's tests: the question bank, the paper exams of the last two quarters that ended (every serving
 * staff member scored, a few absent, most of those below the pass mark or absent with a make-up a few weeks
 * later), and a workbench exam open this week for the staff to take at their desktop.
 */
@Component
public class TestDemoSeeder implements DemoSeeder {

	private static final String QUARTERS = "一二三四";
	/** Per topic two single choices, a multiple choice and a true/false question, and two short answers: 100 points. */
	private static final PaperSpec PAPER = PaperSpec.parse(String.join("；", DemoQuestions.TOPICS.stream()
			.map(t -> t + ":单选题:2；" + t + ":多选题:1；" + t + ":判断题:1").toList())
			+ "；" + DemoQuestions.THOUGHT + ":简答题:1；" + DemoQuestions.INTEGRITY + ":简答题:1");
	/** Objective questions only, so the score shows as soon as the exam is handed in: 25 points. */
	private static final PaperSpec EXAM = PaperSpec.parse(DemoQuestions.INTEGRITY + ":单选题:1；" + DemoQuestions.COURT
			+ ":单选题:1；" + DemoQuestions.CHARTER + ":多选题:1；" + DemoQuestions.INTEGRITY + ":判断题:1；"
			+ DemoQuestions.COURT + ":判断题:1");

	@Reference(target = StudyUnit.TARGET)
	private EntityManagerFactory emf;

	@Override
	public String id() {
		return "study.tests";
	}

	@Override
	public int order() {
		return 72;
	}

	@Override
	public void seed(DemoContext context) {
		Random random = context.random();
		LocalDate today = context.today();
		List<Staff> serving = context.staff().stream()
				.filter(s -> s.status() == EmploymentStatus.ACTIVE || s.status() == EmploymentStatus.SECONDED).toList();
		Jpa.run(emf, em -> {
			List<Question> bank = DemoQuestions.all();
			bank.forEach(q -> em.persist(new QuestionEntity(q)));
			em.flush();
			Period current = Period.quarterOf(today);
			int[] counts = new int[2];
			for (int back = 2; back >= 1; back--) {
				Period quarter = Period.quarterOf(current.from().minusMonths(3L * back));
				StudyTest test = TestRecords.storeWithPaper(em, paperTest(quarter, back == 1 ? MakeupRule.CAPPED
						: MakeupRule.REPLACES));
				scores(em, test, serving, random, today, counts);
			}
			TestRecords.storeWithPaper(em, openExam(current, today));
			context.log(NLS.bind(Messages.demoSeeded, new Object[] { bank.size(), 3, counts[0], counts[1] }));
		});
	}

	private static StudyTest paperTest(Period quarter, MakeupRule rule) {
		int year = quarter.from().getYear();
		int q = (quarter.from().getMonthValue() - 1) / 3 + 1;
		LocalDate held = quarter.to().withDayOfMonth(20);
		return new StudyTest(0, StudyTest.codeOf(year, q), year + "年第" + QUARTERS.charAt(q - 1) + "季度政治理论学习检测", year, q,
				held, held, 60, 100, TestMode.PAPER, 0, held.toEpochDay(), PAPER, rule);
	}

	private static StudyTest openExam(Period quarter, LocalDate today) {
		int year = quarter.from().getYear();
		int q = (quarter.from().getMonthValue() - 1) / 3 + 1;
		LocalDate until = today.plusDays(7).isAfter(quarter.to()) ? quarter.to() : today.plusDays(7);
		return new StudyTest(0, StudyTest.codeOf(year, q), year + "年第" + QUARTERS.charAt(q - 1) + "季度政治理论学习检测（机考）",
				year, q, today, until, 15, 25, TestMode.WORKBENCH, 20, today.toEpochDay(), EXAM, MakeupRule.CAPPED);
	}

	/** Scores around 80; about one in thirty absent; most who failed or were absent sat a make-up three weeks on. */
	private static void scores(EntityManager em, StudyTest test, List<Staff> serving, Random random, LocalDate today,
			int[] counts) {
		for (Staff s : serving) {
			if (s.hireDate() != null && s.hireDate().isAfter(test.heldOn())) {
				continue;
			}
			boolean absent = random.nextInt(30) == 0;
			int score = Math.max(30, Math.min(100, (int) Math.round(80 + 10 * random.nextGaussian())));
			ScoreEntity row = new ScoreEntity(test.id(), s.staffNo());
			row.set(absent ? null : score, absent, test.heldOn());
			em.persist(row);
			counts[0]++;
			if ((absent || score < test.passMark()) && random.nextInt(5) != 0) {
				LocalDate date = test.heldOn().plusDays(21);
				MakeupEntity makeup = new MakeupEntity(test.id(), s.staffNo());
				makeup.set(60 + random.nextInt(26), date.isAfter(today) ? today : date);
				em.persist(makeup);
				counts[1]++;
			}
		}
	}
}
