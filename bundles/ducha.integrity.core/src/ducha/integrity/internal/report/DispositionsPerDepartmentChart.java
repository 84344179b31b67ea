package ducha.integrity.internal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.core.spi.ChartData;
import ducha.core.spi.DashboardChart;
import ducha.integrity.IntegrityPermissions;
import ducha.core.jpa.Jpa;
import ducha.integrity.internal.jpa.IntegrityUnit;

/**
 * 处理人次（按部门）: dispositions dated in the year, one bar per department of the disposed staff member. The
 * database groups by 工号 (the integrity tables hold no department); the few groups are then mapped to departments
 * through the directory, so no disposition is loaded.
 */
@Component(service = DashboardChart.class)
public class DispositionsPerDepartmentChart implements DashboardChart {

	/** Category of dispositions whose 工号 the directory does not know (any more). */
	static final String UNKNOWN_DEPARTMENT = "未知部门";

	@Reference(target = IntegrityUnit.TARGET)
	private EntityManagerFactory emf;

	@Reference
	private DirectoryService directory;

	@Reference
	private AuthorizationService authorization;

	@Override
	public String id() {
		return "integrity.dispositions-per-department";
	}

	@Override
	public String title() {
		return "处理人次（按部门）";
	}

	@Override
	public int order() {
		return 600;
	}

	@Override
	public Kind kind() {
		return Kind.BREAKDOWN;
	}

	@Override
	public ChartData compute(Principal viewer, int year) {
		Map<String, Long> perDepartment = new LinkedHashMap<>();
		if (authorization.isPermitted(viewer, IntegrityPermissions.RECORDS_READ)) {
			for (StaffCount row : perStaff(year)) {
				String department = directory.staff(row.staffNo()).map(Staff::departmentCode).orElse(null);
				if (department == null ? viewer.scope().all() : viewer.scope().includes(department)) {
					perDepartment.merge(department == null ? "" : department, row.count(), Long::sum);
				}
			}
		}
		List<String> categories = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		DepartmentNames departments = directory.departmentNames();
		for (String code : departments.sorted(perDepartment.keySet())) {
			categories.add(code.isEmpty() ? UNKNOWN_DEPARTMENT : departments.name(code));
			values.add(perDepartment.get(code));
		}
		return new ChartData(categories, List.of(new ChartData.Series("处理人次", values)));
	}

	private record StaffCount(String staffNo, long count) {
	}

	private List<StaffCount> perStaff(int year) {
		return Jpa.read(emf, em -> em.createQuery("select d.staffNo, count(d) from DispositionEntity d"
				+ " where d.date between :from and :to group by d.staffNo", Object[].class)
				.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
				.getResultList().stream().map(r -> new StaffCount((String) r[0], ((Number) r[1]).longValue()))
				.toList());
	}
}
