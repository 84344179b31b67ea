package ducha.integrity.internal.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.jpa.Jpa;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.integrity.IntegrityPermissions;
import ducha.integrity.internal.jpa.IntegrityUnit;

/**
 * What the dashboard charts of staff records share: the figures of a year grouped by 工号 in the database (the
 * integrity tables hold no department), and the department each 工号 counts in for a viewer.
 */
@Component(service = StaffFigures.class)
public class StaffFigures {

	@Reference(target = IntegrityUnit.TARGET)
	private EntityManagerFactory emf;

	@Reference
	private DirectoryService directory;

	@Reference
	private AuthorizationService authorization;

	/**
	 * The rows of an aggregate query over the year (parameters {@code :from} and {@code :to}); none for a viewer
	 * who may not read integrity records.
	 */
	List<Object[]> inYear(Principal viewer, int year, String jpql) {
		if (!authorization.isPermitted(viewer, IntegrityPermissions.RECORDS_READ)) {
			return List.of();
		}
		return Jpa.read(emf, em -> em.createQuery(jpql, Object[].class).setParameter("from", LocalDate.of(year, 1, 1))
				.setParameter("to", LocalDate.of(year, 12, 31)).getResultList());
	}

	/**
	 * The department code of the staff member when the viewer sees it; the empty code for a 工号 the directory no
	 * longer knows, seen only by a viewer of every department.
	 */
	Optional<String> departmentSeenBy(Principal viewer, String staffNo) {
		String code = directory.staff(staffNo).map(Staff::departmentCode).orElse(null);
		if (code == null) {
			return viewer.scope().all() ? Optional.of("") : Optional.empty();
		}
		return viewer.scope().includes(code) ? Optional.of(code) : Optional.empty();
	}

	DepartmentNames departmentNames() {
		return directory.departmentNames();
	}
}
