package ducha.integrity.internal.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.audit.AuditLog;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.jpa.Jpa;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.integrity.IntegrityPermissions;
import ducha.integrity.internal.Messages;
import ducha.integrity.internal.archive.ArchiveAccess;
import ducha.integrity.internal.jpa.IntegrityUnit;
import ducha.integrity.internal.jpa.RecordRow;
import ducha.integrity.internal.jpa.StaffRow;

/**
 * What the services and the dashboard charts of one staff member's records ({@link StaffRow}: talks,
 * dispositions) share: reading a person's records behind the archive's access rule, checking the writer and the
 * staff member, storing a record under its 编号 (or the next one of its year), the audit; and for the charts, the
 * figures of a year grouped by 工号 in the database (the tables hold no department) and the department each 工号
 * counts in for a viewer.
 */
@Component(service = StaffRecords.class)
public class StaffRecords {

	@Reference(target = IntegrityUnit.TARGET)
	private EntityManagerFactory emf;

	@Reference
	private ArchiveAccess access;

	@Reference
	private AuthorizationService authorization;

	@Reference
	private AuditLog audit;

	/** For the charts: the department of a 工号; for the checks: who held a talk. */
	@Reference
	private DirectoryService directory;

	/**
	 * The staff member's records of one table, oldest first, once the reader passed the archive's access rule.
	 *
	 * @param what what is read, for the audit entry (e.g. 约谈记录)
	 */
	<R extends Record, E extends StaffRow<R>> List<R> of(Class<E> type, String staffNo, Principal reader,
			String what) {
		access.checkRead(access.staff(staffNo), reader, what);
		return Jpa.read(emf, em -> em.createQuery("select e from " + type.getSimpleName()
				+ " e where e.staffNo = :no order by e.date, e.id", type).setParameter("no", staffNo)
				.getResultList().stream().map(StaffRow::toRecord).toList());
	}

	/** Refuses an actor who may not record integrity records. */
	void checkWrite(Principal actor) {
		authorization.check(actor, IntegrityPermissions.RECORDS_WRITE);
	}

	/** The staff member of the 工号, or null with the problem added to the checks. */
	Staff staff(String staffNo, Checks checks) {
		try {
			return access.staff(staffNo);
		} catch (NotFoundException e) {
			checks.fail(e.getMessage());
			return null;
		}
	}

	/**
	 * The staff member of a 工号 given in another field than the person's own (e.g. who held a talk), or null: with
	 * a problem naming the field when the directory has no such 工号, without one when none was given.
	 */
	Staff known(String staffNo, String field, Checks checks) {
		if (staffNo == null || staffNo.isBlank()) {
			return null;
		}
		Staff staff = directory.staff(staffNo.strip()).orElse(null);
		if (staff == null) {
			checks.fail(NLS.bind(Messages.staffNotFoundIn, field, staffNo));
		}
		return staff;
	}

	/**
	 * Stores a new record in one transaction and returns it as stored, with id and 编号.
	 *
	 * @param create makes the record from the 编号: the record's own, or the next one of {@code prefix} and the year
	 * @param audited audits the stored record in the same transaction (see {@link #audit})
	 */
	<R extends Record, E extends StaffRow<R>> R store(String recordNo, Class<E> type, String prefix, int year,
			Function<String, R> create, BiConsumer<EntityManager, R> audited) {
		return Jpa.write(emf, em -> {
			R stored = persist(em, recordNo, type, prefix, year, create);
			audited.accept(em, stored);
			return stored;
		});
	}

	private static <R extends Record, E extends StaffRow<R>> R persist(EntityManager em, String recordNo,
			Class<E> type, String prefix, int year, Function<String, R> create) {
		String no = recordNo == null || recordNo.isBlank() ? RecordNumbers.next(em, type.getSimpleName(), prefix, year)
				: recordNo;
		E row = RecordRow.of(type, create.apply(no));
		em.persist(row);
		em.flush();
		return row.toRecord();
	}

	/** Audits a change to the staff member's records inside its transaction ({@code em} of the running write). */
	void audit(EntityManager em, Principal actor, String action, String staffNo, String detail) {
		audit.recordIn(em, actor, action, "staff", staffNo, detail);
	}

	/** True when the viewer may read the integrity records (talks, dispositions) of others at all. */
	public boolean mayReadRecords(Principal viewer) {
		return authorization.isPermitted(viewer, IntegrityPermissions.RECORDS_READ);
	}

	/**
	 * The rows of an aggregate query over the year (parameters {@code :from} and {@code :to}); none for a viewer
	 * who may not read integrity records.
	 */
	public List<Object[]> inYear(Principal viewer, int year, String jpql) {
		if (!mayReadRecords(viewer)) {
			return List.of();
		}
		return Jpa.read(emf, em -> em.createQuery(jpql, Object[].class).setParameter("from", LocalDate.of(year, 1, 1))
				.setParameter("to", LocalDate.of(year, 12, 31)).getResultList());
	}

	/**
	 * The department code of the staff member when the viewer sees it; the empty code for a 工号 the directory no
	 * longer knows, seen only by a viewer of every department.
	 */
	public Optional<String> departmentSeenBy(Principal viewer, String staffNo) {
		String code = directory.staff(staffNo).map(Staff::departmentCode).orElse(null);
		if (code == null) {
			return viewer.scope().all() ? Optional.of("") : Optional.empty();
		}
		return viewer.scope().includes(code) ? Optional.of(code) : Optional.empty();
	}

	public DepartmentNames departmentNames() {
		return directory.departmentNames();
	}
}
