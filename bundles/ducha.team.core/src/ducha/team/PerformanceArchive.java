package ducha.team;

import java.util.List;

/**
 * A supervisor's performance archive (业绩档案) for one year: the duties counted from every installed plugin, the
 * evaluations of the year and the bonus points they earn.
 *
 * @param staffNo        工号
 * @param name           the staff member's name
 * @param departmentCode the department covered as integrity supervisor (the last one of the year), may be empty
 * @param departmentName its name
 * @param year           the year
 * @param duties         the year's duties, per kind
 * @param quarters       per quarter (index 0 = the first), the duties counted in it
 * @param evaluations    the year's evaluations: quarters, half-years, then the year
 * @param bonus          the bonus points of the year
 */
public record PerformanceArchive(String staffNo, String name, String departmentCode, String departmentName,
		int year, List<DutyTally> duties, List<List<DutyTally>> quarters, List<Evaluation> evaluations, BonusPoints bonus) {

	public PerformanceArchive {
		duties = List.copyOf(duties);
		quarters = List.copyOf(quarters);
		evaluations = List.copyOf(evaluations);
	}

	/** Every duty of the year together. */
	public int dutiesTotal() {
		return duties.stream().mapToInt(DutyTally::count).sum();
	}

	/** The year's annual evaluation, null while none is recorded. */
	public Evaluation annual() {
		return evaluations.stream().filter(Evaluation::annual).findFirst().orElse(null);
	}
}
