package ducha.study.core.tests;

import ducha.test.osgi.Osgi;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ducha.core.directory.Department;
import ducha.core.directory.DepartmentKind;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.period.Period;
import ducha.core.security.DepartmentScope;
import ducha.core.security.Principal;
import ducha.core.security.Role;
import ducha.study.MakeupRule;
import ducha.study.PaperSpec;
import ducha.study.Question;
import ducha.study.QuestionBank;
import ducha.study.QuestionType;
import ducha.study.StudyTest;
import ducha.study.TestMode;
import ducha.study.TestService;

/**
 * The court of the test tests: 李明 and 王芳 in 民一庭 (MS1), 赵强 in 刑庭 (XST), all hired in 2015, and 钱新 in MS1
 * hired on 2026-06-01 (no candidate of earlier tests); a bank of one question of each type on 廉洁自律.
 */
final class ExamCourt {

	static final Principal ADMIN = Principal.system("tester");
	static final String LI = "20001";
	static final String WANG = "20002";
	static final String ZHAO = "20003";
	static final String QIAN = "20004";
	static final String TOPIC = "廉洁自律";
	/** One question of each type: 2 + 4 + 2 + 10 points. */
	static final PaperSpec ONE_OF_EACH = PaperSpec.parse("廉洁自律:单选题:1；廉洁自律:多选题:1；廉洁自律:判断题:1；廉洁自律:简答题:1");

	private ExamCourt() {
	}

	static void create() {
		DirectoryService directory = Osgi.service(DirectoryService.class);
		directory.importDepartments(List.of(new Department("MS1", "民事审判第一庭", DepartmentKind.TRIAL, 10, true),
				new Department("XST", "刑事审判庭", DepartmentKind.TRIAL, 20, true)), ADMIN);
		directory.importStaff(List.of(staff(LI, "李明", "MS1", 2015), staff(WANG, "王芳", "MS1", 2015),
				staff(ZHAO, "赵强", "XST", 2015), new Staff(QIAN, "钱新", "MS1", "法官助理", LocalDate.of(2026, 6, 1),
						EmploymentStatus.ACTIVE)), ADMIN);
		QuestionBank bank = Osgi.service(QuestionBank.class);
		bank.save(new Question(0, "LZ-001", TOPIC, QuestionType.SINGLE_CHOICE, "中央八项规定出台于哪一年？",
				List.of("2010年", "2012年", "2014年", "2016年"), "B", 2, false), ADMIN);
		bank.save(new Question(0, "LZ-002", TOPIC, QuestionType.MULTIPLE_CHOICE, "下列属于“四风”的有：",
				List.of("形式主义", "实事求是", "官僚主义", "艰苦奋斗"), "AC", 4, false), ADMIN);
		bank.save(new Question(0, "LZ-003", TOPIC, QuestionType.TRUE_FALSE, "法官可以私下会见案件当事人。", List.of(), "错", 2,
				false), ADMIN);
		bank.save(new Question(0, "LZ-004", TOPIC, QuestionType.SHORT_ANSWER, "简述“三个规定”的主要内容。", List.of(),
				"防止干预司法的三个规定……", 10, false), ADMIN);
	}

	/** A workbench exam held today with one question of each type, 30 minutes, pass mark 12 of 18. */
	static StudyTest examToday(String code) {
		LocalDate today = LocalDate.now();
		Period quarter = Period.quarterOf(today);
		return Osgi.service(TestService.class).create(new StudyTest(0, code, code + " 机考", today.getYear(),
				(quarter.from().getMonthValue() - 1) / 3 + 1, today, today, 12, 0, TestMode.WORKBENCH, 30, 7L,
				ONE_OF_EACH, MakeupRule.CAPPED), ADMIN);
	}

	/** A paper exam of 100 points, pass mark 60, held on the day, with the rule. */
	static StudyTest paperExam(String code, LocalDate heldOn, MakeupRule rule) {
		return Osgi.service(TestService.class).create(new StudyTest(0, code, code + " 纸质考试", heldOn.getYear(),
				(heldOn.getMonthValue() - 1) / 3 + 1, heldOn, null, 60, 100, TestMode.PAPER, 0, 1L, PaperSpec.NONE,
				rule), ADMIN);
	}

	/** A user with one role; departments empty = every department. */
	static Principal user(String name, String staffNo, Role role, String... departments) {
		DepartmentScope scope = departments.length == 0 ? DepartmentScope.ALL : DepartmentScope.of(Set.of(departments));
		return new Principal(name, name, staffNo, Set.of(role), scope);
	}

	private static Staff staff(String no, String name, String department, int hired) {
		return new Staff(no, name, department, "审判员", LocalDate.of(hired, 7, 1), EmploymentStatus.ACTIVE);
	}
}
