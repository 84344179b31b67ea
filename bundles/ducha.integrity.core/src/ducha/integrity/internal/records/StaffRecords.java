package ducha.integrity.internal.records;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.NotFoundException;
import ducha.core.audit.AuditLog;
import ducha.core.directory.Staff;
import ducha.core.jpa.Jpa;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.integrity.IntegrityPermissions;
import ducha.integrity.internal.archive.ArchiveAccess;
import ducha.integrity.internal.jpa.IntegrityUnit;
import ducha.integrity.internal.jpa.NumberedRow;

/**
 * What the services of one staff member's numbered records (talks, dispositions) share: reading a person's records
 * behind the archive's access rule, checking the writer and the staff member, storing a record under its 编号 (or
 * the next one of its year), and the audit.
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

	/**
	 * The staff member's records of one table, oldest first, once the reader passed the archive's access rule.
	 *
	 * @param what what is read, for the audit entry (e.g. 约谈记录)
	 */
	<R extends Record, E extends NumberedRow<R>> List<R> of(Class<E> type, String staffNo, Principal reader, String what) {
		access.checkRead(access.staff(staffNo), reader, what);
		return Jpa.read(emf, em -> em.createQuery("select e from " + type.getSimpleName()
				+ " e where e.staffNo = :no order by e.date, e.id", type).setParameter("no", staffNo)
				.getResultList().stream().map(NumberedRow::toRecord).toList());
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
	 * Stores a new record in one transaction and returns it as stored, with id and 编号.
	 *
	 * @param create makes the row from the 编号: the record's own, or the next one of {@code prefix} and the year
	 */
	<R extends Record, E extends NumberedRow<R>> R store(String recordNo, Class<E> type, String prefix, int year,
			Function<String, E> create) {
		return Jpa.write(emf, em -> persist(em, recordNo, type, prefix, year, create));
	}

	private static <R extends Record, E extends NumberedRow<R>> R persist(EntityManager em, String recordNo, Class<E> type,
			String prefix, int year, Function<String, E> create) {
		String no = recordNo == null || recordNo.isBlank() ? RecordNumbers.next(em, type.getSimpleName(), prefix, year)
				: recordNo;
		E row = create.apply(no);
		em.persist(row);
		em.flush();
		return row.toRecord();
	}

	/** Audits a change to the staff member's records. */
	void audit(Principal actor, String action, String staffNo, String detail) {
		audit.record(actor, action, "staff", staffNo, detail);
	}
}
