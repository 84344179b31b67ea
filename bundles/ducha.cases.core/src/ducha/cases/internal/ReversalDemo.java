package ducha.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ducha.cases.CaseNumber;
import ducha.cases.CaseRecord;
import ducha.cases.CaseStatus;
import ducha.core.directory.Staff;

/**
 * The demo register's reversed, remanded and retried cases, which the petitions plugin's clue library (排查库)
 * screens: first-instance cases that the intermediate court reversed (二审改判) or sent back (发回重审), and retrials
 * (民再) heard by the 审判监督庭. Fixed rather than drawn, and numbered above the drawn cases, so that adding them
 * changes none of the demo's other figures.
 */
final class ReversalDemo {

	/**
	 * Type, cause, department, days since filing, days to close (0: open), 结案方式 and party count. Open cases avoid
	 * the default keywords, so that the keyword suggestions the demo decides stay the ones it always decided.
	 */
	private record Plan(String type, String cause, String department, int age, int daysToClose, String closing,
			int parties) {
	}

	private static final List<Plan> PLANS = List.of(
			new Plan("民初", "买卖合同纠纷", "MS1", 400, 95, "判决（二审改判）", 2),
			new Plan("民初", "机动车交通事故责任纠纷", "MS2", 330, 80, "判决（二审部分改判）", 4),
			new Plan("民初", "房屋租赁合同纠纷", "QSFT", 260, 70, "判决（二审发回重审）", 2),
			new Plan("刑初", "诈骗罪", "XST", 300, 60, "判决（二审发回重审）", 1),
			new Plan("民再", "民间借贷纠纷", "SJT", 200, 110, "判决（再审改判）", 3),
			new Plan("民再", "合伙协议纠纷", "SJT", 90, 0, null, 16),
			new Plan("民再", "买卖合同纠纷", "SJT", 40, 0, null, 2));

	/** Sequences start here: far above the drawn cases' numbers of a year. */
	private static final int FIRST_SEQUENCE = 9001;

	private ReversalDemo() {
	}

	/** The planned cases whose department has a judge; none when the demo court lacks them. */
	static List<CaseRecord> cases(LocalDate today, List<Staff> judges, String court) {
		List<CaseRecord> cases = new ArrayList<>();
		int sequence = FIRST_SEQUENCE;
		for (Plan plan : PLANS) {
			Staff judge = judges.stream().filter(j -> j.departmentCode().equals(plan.department())).findFirst()
					.orElse(null);
			if (judge == null) {
				continue;
			}
			LocalDate filed = today.minusDays(plan.age());
			LocalDate closed = plan.daysToClose() == 0 ? null : filed.plusDays(plan.daysToClose());
			CaseNumber number = new CaseNumber(filed.getYear(), court, plan.type(), sequence++);
			cases.add(new CaseRecord(number, plan.cause(), judge.staffNo(), judge.departmentCode(), filed, "普通",
					closed, plan.closing(), closed == null ? CaseStatus.PENDING : CaseStatus.CLOSED, plan.parties()));
		}
		return cases;
	}
}
