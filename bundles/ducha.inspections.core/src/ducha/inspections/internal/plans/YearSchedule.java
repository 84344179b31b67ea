package ducha.inspections.internal.plans;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ducha.inspections.InspectionKind;
import ducha.inspections.InspectionPlan;
import ducha.inspections.InspectionSubject;

/**
 * The plans of a year from a day on (BRIEF.md, section 4: monthly routine, quarterly special inspections): a
 * routine inspection in each month ending on or after the first day, a special one in each such quarter; the
 * routine subjects go round deployments → discipline → codes of behaviour by calendar month (so a court starting
 * mid-year keeps the same month's subject), and the assignees take the inspections in turn in due order.
 */
final class YearSchedule {

	private static final InspectionSubject[] ROUTINE_SUBJECTS = { InspectionSubject.DEPLOYMENTS,
			InspectionSubject.DISCIPLINE, InspectionSubject.CONDUCT_CODES };

	private YearSchedule() {
	}

	static List<InspectionPlan> of(int year, LocalDate startingFrom, List<String> assignees, String specialTheme) {
		List<InspectionPlan> plans = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(year, m);
			if (!month.atEndOfMonth().isBefore(startingFrom)) {
				plans.add(new InspectionPlan(String.format("%d-R%02d", year, m), month, InspectionKind.ROUTINE,
						ROUTINE_SUBJECTS[(m - 1) % ROUTINE_SUBJECTS.length], "", "", month.atEndOfMonth(), null));
			}
		}
		for (int q = 1; q <= 4; q++) {
			YearMonth last = YearMonth.of(year, q * 3);
			if (!last.atEndOfMonth().isBefore(startingFrom)) {
				YearMonth first = YearMonth.of(year, q * 3 - 2);
				YearMonth month = first.atEndOfMonth().isBefore(startingFrom) ? YearMonth.from(startingFrom) : first;
				plans.add(new InspectionPlan(year + "-S" + q, month, InspectionKind.SPECIAL,
						InspectionSubject.SPECIAL_THEME, specialTheme, "", last.atEndOfMonth(), null));
			}
		}
		plans.sort(Comparator.comparing(InspectionPlan::due).thenComparing(InspectionPlan::planNo));
		List<InspectionPlan> assigned = new ArrayList<>();
		for (int i = 0; i < plans.size(); i++) {
			InspectionPlan p = plans.get(i);
			assigned.add(new InspectionPlan(p.planNo(), p.month(), p.kind(), p.subject(), p.theme(),
					assignees.get(i % assignees.size()), p.due(), null));
		}
		return assigned;
	}
}
