package ducha.team.internal.evaluation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.period.Period;
import ducha.core.period.PeriodKind;
import ducha.core.security.Principal;
import ducha.core.spi.DemoContext;
import ducha.core.spi.DemoSeeder;
import ducha.team.Evaluation;
import ducha.team.EvaluationService;
import ducha.team.Grade;

/**
 * The demo court's evaluations of last year, as the office would have recorded them: every integrity supervisor's
 * quarter remarks and half-year summaries (for the periods they held the role), the annual grade, and the bulletins
 * of the third and fourth quarters. Runs after the other plugins' seeders, so the bulletins count their duties.
 */
@Component
public class EvaluationDemoSeeder implements DemoSeeder {

	private static final String[] QUARTER_REMARKS = { "按时参加工作例会，跟踪本部门整改事项到位。", "履职积极，及时报告本部门廉政风险。",
			"能够配合督察室开展日常督察，整改跟踪记录完整。", "本季度履职记录偏少，须加强对本部门的日常监督。" };
	private static final String[] HALF_YEAR_REMARKS = { "半年来认真履行廉政监察职责，工作扎实。", "能够发挥部门廉政监察作用，下半年须加强学习。",
			"履职基本到位，个别整改事项跟踪不够及时。" };
	private static final Grade[] GRADES = { Grade.EXCELLENT, Grade.COMPETENT, Grade.COMPETENT, Grade.COMPETENT,
			Grade.BASICALLY_COMPETENT };

	@Reference
	private EvaluationService evaluations;

	@Override
	public String id() {
		return "team.evaluation";
	}

	@Override
	public int order() {
		return 95;
	}

	@Override
	public void seed(DemoContext demo) {
		Random random = demo.random();
		Principal office = demo.actor();
		int year = demo.today().getYear() - 1;
		List<String> supervisors = evaluations.supervisors(Period.year(year), office);
		List<Period> parts = List.of(Period.quarter(year, 1), Period.quarter(year, 2), Period.quarter(year, 3),
				Period.quarter(year, 4), Period.halfYear(year, 1), Period.halfYear(year, 2));
		// who held the role in each part (a predecessor left in the first quarter), asked once per part
		Map<Period, List<String>> holders = new HashMap<>();
		parts.forEach(p -> holders.put(p, evaluations.supervisors(p, office)));
		for (String staffNo : supervisors) {
			for (Period part : parts) {
				if (holders.get(part).contains(staffNo)) {
					String[] remarks = part.kind() == PeriodKind.QUARTER ? QUARTER_REMARKS : HALF_YEAR_REMARKS;
					evaluations.record(Evaluation.of(staffNo, part, null, pick(remarks, random)), office);
				}
			}
			Grade grade = GRADES[random.nextInt(GRADES.length)];
			evaluations.record(Evaluation.of(staffNo, Period.year(year), grade, "年度总评：" + grade.label() + "。"), office);
		}
		evaluations.issueBulletin(Period.quarter(year, 3), LocalDate.of(year, 10, 15), office);
		LocalDate fourth = LocalDate.of(year + 1, 1, 15);
		if (!fourth.isAfter(demo.today())) {
			evaluations.issueBulletin(Period.quarter(year, 4), fourth, office);
		}
		demo.log("廉政监察员考核评价 " + supervisors.size() + " 人");
	}

	private static String pick(String[] choices, Random random) {
		return choices[random.nextInt(choices.length)];
	}
}
