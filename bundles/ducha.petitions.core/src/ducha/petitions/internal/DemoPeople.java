package ducha.petitions.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.spi.DemoContext;

/** The demo court's staff as the petitions demo needs them: the office's receivers, and judges to be reported. */
final class DemoPeople {

	private static final String OFFICE = "ZZB";
	private static final Set<String> REPORTABLE = Set.of("审判员", "执行员", "法官助理");

	private final DemoContext context;
	private final List<Staff> candidates = new ArrayList<>();

	DemoPeople(DemoContext context) {
		this.context = context;
		context.staff().stream().filter(s -> REPORTABLE.contains(s.position()))
				.filter(s -> s.status() == EmploymentStatus.ACTIVE && !OFFICE.equals(s.departmentCode()))
				.forEach(candidates::add);
	}

	/** A different serving judge or officer each time. */
	Staff accused() {
		return candidates.remove(context.random().nextInt(candidates.size()));
	}

	Staff director() {
		return office("主任");
	}

	Staff supervisor() {
		return office("专职督察员");
	}

	private Staff office(String position) {
		return context.staff().stream().filter(s -> OFFICE.equals(s.departmentCode()) && position.equals(s.position()))
				.findFirst().orElse(context.staff().get(0));
	}
}
