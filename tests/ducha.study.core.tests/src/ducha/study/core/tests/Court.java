package ducha.study.core.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ducha.study.Reviewer;

/**
 * A simulated court for the rotation's tests: departments and political supervisors (staff number to own
 * department, null when none), changing from month to month when the shape says so. Seeded, so a failing shape
 * can be rerun exactly.
 */
final class Court {

	/** What may change between months. */
	enum Changes {
		NONE, STAFF, STAFF_AND_DEPARTMENTS
	}

	private final List<String> departments = new ArrayList<>();
	private final Map<String, String> supervisors = new LinkedHashMap<>();
	private final Changes changes;
	private final Random random;
	private int staffCount;
	private int departmentCount;

	private Court(Changes changes, long seed) {
		this.changes = changes;
		this.random = new Random(seed);
	}

	/**
	 * @param departments       number of departments
	 * @param placed            supervisors with a department: one in each of the first departments, then at random
	 * @param withoutDepartment supervisors who belong to no department
	 * @param coveredDepartments how many departments the placed supervisors are spread over (from the first)
	 */
	static Court of(int departments, int placed, int withoutDepartment, int coveredDepartments, Changes changes,
			long seed) {
		Court court = new Court(changes, seed);
		for (int d = 0; d < departments; d++) {
			court.addDepartment();
		}
		for (int s = 0; s < placed; s++) {
			int home = s < coveredDepartments ? s : court.random.nextInt(coveredDepartments);
			court.addSupervisor(court.departments.get(home));
		}
		for (int s = 0; s < withoutDepartment; s++) {
			court.addSupervisor(null);
		}
		return court;
	}

	Random random() {
		return random;
	}

	boolean changes() {
		return changes != Changes.NONE;
	}

	List<String> departments() {
		return List.copyOf(departments);
	}

	List<Reviewer> reviewers() {
		List<Reviewer> reviewers = new ArrayList<>();
		supervisors.forEach((staffNo, department) -> reviewers.add(new Reviewer(staffNo, department)));
		return reviewers;
	}

	/** Between two months: supervisors leave, join and move; departments open and close. */
	void nextMonth() {
		if (changes == Changes.NONE) {
			return;
		}
		if (random.nextDouble() < 0.3 && supervisors.size() > 1) {
			supervisors.remove(anySupervisor());
		}
		if (random.nextDouble() < 0.3) {
			addSupervisor(random.nextDouble() < 0.15 ? null : anyDepartment());
		}
		if (random.nextDouble() < 0.2 && !supervisors.isEmpty()) {
			supervisors.put(anySupervisor(), anyDepartment());
		}
		if (changes == Changes.STAFF_AND_DEPARTMENTS) {
			if (random.nextDouble() < 0.1 && departments.size() > 2) {
				String closed = departments.remove(random.nextInt(departments.size()));
				supervisors.replaceAll((staffNo, home) -> closed.equals(home) ? anyDepartment() : home);
			}
			if (random.nextDouble() < 0.1) {
				addDepartment();
			}
		}
	}

	private String anySupervisor() {
		return new ArrayList<>(supervisors.keySet()).get(random.nextInt(supervisors.size()));
	}

	private String anyDepartment() {
		return departments.get(random.nextInt(departments.size()));
	}

	private void addDepartment() {
		departments.add(String.format("D%02d", ++departmentCount));
	}

	private void addSupervisor(String department) {
		supervisors.put(String.format("%05d", 10000 + 37 * ++staffCount), department);
	}
}
